using Cqo.Reference.Contracts.Identifiers;

namespace Cqo.Benchmarks.Registry;

/// <summary>One row of <c>registry."Enterprises"</c> and its awards; enums as the names EF Core stores.</summary>
internal sealed record EnterpriseRow(
    Guid Id,
    string Uscc,
    string Name,
    string Address,
    District District,
    string IndustryDivisionCode,
    string Scale,
    bool AboveDesignatedSize,
    bool Specialised,
    string Status,
    DateTimeOffset? DeregisteredAt,
    DateTimeOffset CreatedAt,
    IReadOnlyList<AwardRow> Awards);

/// <summary>One row of <c>registry."EnterpriseAwards"</c> (its id is an identity column).</summary>
internal sealed record AwardRow(string Name, string Level, int Year);

/// <summary>
/// Realistic enterprises: a district by economic size, an industry by the 60 % manufacturing mix, a name
/// <c>上海{字号}{行业词}{组织形式}</c> (branches: <c>…有限公司{区}分公司</c>), mostly micro and small, mostly active,
/// about 5 % holding a quality award. The district's bureau is the jurisdiction.
/// </summary>
internal sealed class EnterpriseFaker(Random random, DateTimeOffset now)
{
    private const double BranchShare = 0.07;
    private const double LegacyCodeShare = 0.3;
    private const double HistoricalDivisionShare = 0.05;
    private const double AwardShare = 0.05;

    private static readonly WeightedPicker<District> s_districts = new(ShanghaiDistricts.All.Select(d => (d, d.Weight)));
    private static readonly WeightedPicker<Division> s_divisions = IndustryMix.Picker();
    private static readonly WeightedPicker<string> s_scales = new([("Micro", 55), ("Small", 30), ("Medium", 11), ("Large", 4)]);
    private static readonly WeightedPicker<string> s_statuses = new([("Active", 95), ("Suspended", 1), ("Deregistered", 4)]);
    private static readonly WeightedPicker<(string Name, string Level)> s_awards = new(
    [
        (("中国质量奖", "National"), 2), (("中国质量奖提名奖", "National"), 5), (("上海市政府质量奖", "Municipal"), 12),
        (("上海市质量金奖", "Municipal"), 30), (("", "District"), 51),
    ]);

    /// <summary>Enterprise number <paramref name="sequence"/>; distinct sequences have distinct USCCs.</summary>
    public EnterpriseRow Next(long sequence)
    {
        var district = s_districts.Next(random);
        var division = s_divisions.Next(random);
        var divisionCode = random.NextDouble() < HistoricalDivisionShare && ShanghaiDistricts.HistoricalCode(district.Code) is { } old
            ? old
            : district.Code;
        var uscc = Identifiers.NewUscc(sequence, divisionCode, legacy: random.NextDouble() < LegacyCodeShare);
        var scale = s_scales.Next(random);
        var status = s_statuses.Next(random);
        var createdAt = now.AddDays(-random.Next(1, 8 * 365)).AddSeconds(-random.Next(86_400));
        return new EnterpriseRow(
            OrganisationIds.FromUscc(uscc),
            uscc,
            Name(district, division),
            $"上海市{district.Name}{NamePools.Roads[random.Next(NamePools.Roads.Count)]}{random.Next(1, 2000)}号",
            district,
            division.Code,
            scale,
            AboveDesignatedSize: scale is "Large" or "Medium" || (scale == "Small" && random.NextDouble() < 0.3),
            Specialised: random.NextDouble() < 0.03,
            status,
            status == "Deregistered" ? createdAt + (now - createdAt) * random.NextDouble() : null,
            createdAt,
            random.NextDouble() < AwardShare ? Awards(district) : []);
    }

    private string Name(District district, Division division)
    {
        var tradeName = $"{NamePools.TradeNameFirst.Next(random)}{NamePools.TradeNameSecond.Next(random)}";
        var words = division.Words[random.Next(division.Words.Length)];
        return random.NextDouble() < BranchShare
            ? $"上海{tradeName}{words}有限公司{district.ShortName}分公司"
            : $"上海{tradeName}{words}{NamePools.LegalForms.Next(random)}";
    }

    private AwardRow[] Awards(District district)
    {
        var awards = new AwardRow[random.NextDouble() < 0.8 ? 1 : 2];
        for (var i = 0; i < awards.Length; i++)
        {
            var (name, level) = s_awards.Next(random);
            awards[i] = new AwardRow(name.Length > 0 ? name : $"{district.Name}区长质量奖", level, random.Next(2015, 2026));
        }

        return awards;
    }
}
