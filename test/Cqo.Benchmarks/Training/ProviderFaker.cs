using Cqo.Benchmarks.Registry;
using Cqo.Reference.Contracts.Identifiers;

namespace Cqo.Benchmarks.Training;

/// <summary>
/// Training providers (培训机构): <c>上海{字号}{机构类型}</c> in a district weighted by economic size, a valid USCC and the
/// id derived from it as for every organisation, mostly approved; six trainers each.
/// </summary>
internal sealed class ProviderFaker(Random random, GeneratedIds ids, DateTimeOffset now)
{
    public const int TrainersPerProvider = 6;

    // Far past the registry generator's sequences, so a provider never shares an enterprise's code.
    private const long UsccSequenceBase = 90_000_000;

    private static readonly string[] s_kinds =
        ["质量技术培训中心", "职业技能培训学校", "企业管理咨询有限公司", "质量研究院", "标准化服务中心", "管理培训中心", "质量协会培训部"];

    private static readonly WeightedPicker<District> s_districts = new(ShanghaiDistricts.All.Select(d => (d, d.Weight)));
    private static readonly WeightedPicker<string> s_statuses = new([("Approved", 90), ("Pending", 4), ("Suspended", 4), ("Rejected", 2)]);
    private static readonly string[] s_titles = ["教授", "副教授", "高级工程师", "注册质量工程师", "讲师", "高级经济师"];

    public ProviderRow Next(int sequence)
    {
        var district = s_districts.Next(random);
        var uscc = Identifiers.NewUscc(UsccSequenceBase + sequence, district.Code, legacy: false);
        // The first is approved whatever the draw, so that even a tiny run has courses.
        var status = s_statuses.Next(random) is var drawn && sequence == 0 ? "Approved" : drawn;
        var createdAt = now.AddDays(-random.Next(30, 1500));
        return new ProviderRow(
            OrganisationIds.FromUscc(uscc),
            uscc,
            $"上海{NamePools.TradeNameFirst.Next(random)}{NamePools.TradeNameSecond.Next(random)}{s_kinds[random.Next(s_kinds.Length)]}",
            district.Code,
            $"上海市{district.Name}{NamePools.Roads[random.Next(NamePools.Roads.Count)]}{random.Next(1, 2000)}号",
            PersonName(random),
            $"021-{random.Next(50_000_000, 70_000_000)}",
            random.NextDouble() < 0.8 ? $"training{sequence:D4}@example.cn" : null,
            status,
            status == "Pending" ? null : createdAt.AddDays(random.Next(1, 20)),
            createdAt);
    }

    public IEnumerable<TrainerRow> Trainers(ProviderRow provider) => Enumerable.Range(0, TrainersPerProvider).Select(i => new TrainerRow(
        ids.Next(), provider.Id, PersonName(random), s_titles[random.Next(s_titles.Length)], Active: i < TrainersPerProvider - 1 || random.NextDouble() < 0.5,
        provider.CreatedAt.AddDays(random.Next(1, 30))));

    /// <summary>A Chinese name: a surname (Zipf-distributed) and one or two given-name characters.</summary>
    public static string PersonName(Random random) =>
        $"{NamePools.Surnames.Next(random)}{NamePools.GivenName.Next(random)}{(random.NextDouble() < 0.7 ? NamePools.GivenName.Next(random) : "")}";
}
