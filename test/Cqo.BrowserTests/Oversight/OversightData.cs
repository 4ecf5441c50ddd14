using Cqo.Oversight.Domain;
using Cqo.Oversight.Infrastructure;
using Cqo.Platform.Time;
using Cqo.Registry.Contracts;
using Cqo.SharedKernel.Time;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.BrowserTests.Oversight;

/// <summary>
/// Facts arranged behind the dashboard, written straight into oversight's fact store as the refresh writes them (the
/// integration tests' FigureFixture does the same): enterprises and CQO filings approved on given days. Each test uses a
/// year of its own and names its enterprises with a tag, so the numbers it reads are its own.
/// </summary>
internal static class OversightData
{
    public const string Pudong = "310115";
    public const string Xuhui = "310104";

    /// <summary>An enterprise of oversight's copy (no registry record behind it: the figures need none).</summary>
    public sealed record ArrangedEnterprise(Guid Id, string Name, string Uscc, string District);

    /// <summary>A six-digit number naming one test's enterprises.</summary>
    public static int NewTag() => Random.Shared.Next(100_000, 1_000_000);

    /// <summary>The name prefix of a tag's enterprises.</summary>
    public static string NamePrefix(int tag) => $"统计测试{tag}";

    /// <summary>
    /// One enterprise per approval day in <paramref name="district"/>, each with a filing approved (and in office from a week
    /// later) on that day, named <c>统计测试{tag}-{n}</c> and numbered from <paramref name="first"/>.
    /// </summary>
    public static async Task<IReadOnlyList<ArrangedEnterprise>> ApprovedFilingsAsync(IServiceProvider root, int tag, string district, int first, params DateOnly[] approvedOn)
    {
        await using var scope = root.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<OversightDbContext>();
        var calendar = scope.ServiceProvider.GetRequiredService<WorkingCalendar>();
        var arranged = new List<ArrangedEnterprise>();
        foreach (var (day, i) in approvedOn.Select((d, i) => (d, i + first)))
        {
            var id = Guid.NewGuid();
            var uscc = Uscc(tag, i);
            var name = $"{NamePrefix(tag)}-{i}";
            var enterprise = new Enterprise(id);
            enterprise.Refresh(new EnterpriseFact(id, uscc, name, district, district, "36", EnterpriseScale.Medium, true, false, EnterpriseStatus.Active, []), "C");
            db.Enterprises.Add(enterprise);

            var filingId = Guid.NewGuid();
            var filing = new FiledAppointment(filingId);
            var approved = day.AtShanghaiTime(new TimeOnly(10, 0));
            filing.Refresh(new FilingFact(filingId, id, Guid.NewGuid(), FilingStatus.Active, district, approved.AddDays(-7), approved, approved, day.AddDays(7), null, null), calendar);
            filing.Describe(enterprise.Profile);
            db.Filings.Add(filing);
            arranged.Add(new ArrangedEnterprise(id, name, uscc, district));
        }

        await db.SaveChangesAsync();
        return arranged;
    }

    /// <summary>An 18-character code unique to the tag and number (the figures do not check it; the list shows and searches it).</summary>
    private static string Uscc(int tag, int number) => $"91310000{tag:000000}{number:000}X";
}
