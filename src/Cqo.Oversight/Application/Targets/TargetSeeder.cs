using Cqo.Oversight.Contracts;
using Cqo.Oversight.Domain;
using Cqo.Oversight.Infrastructure;
using Cqo.Registry.Contracts;
using Cqo.SharedKernel.Seeding;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Oversight.Application.Targets;

/// <summary>
/// The two targets of Shanghai's 2020 opinion on the CQO system (DOMAIN.md §1): 500 new CQOs in
/// above-designated-size enterprises by the end of 2022, and a CQO in every government-quality-award
/// winner. Added while neither is in the table, so an edit is never undone.
/// </summary>
internal sealed class TargetSeeder(OversightDbContext db) : IDataSeedContributor
{
    public static readonly Guid NewCqosBy2022 = Guid.Parse("7a59e7d0-0000-4000-8000-000000002022");
    public static readonly Guid AwardWinnersCovered = Guid.Parse("7a59e7d0-0000-4000-8000-0000000a3a2d");

    public async Task SeedAsync(SeedContext context, CancellationToken cancellationToken)
    {
        if (await db.Targets.AnyAsync(t => t.Id == NewCqosBy2022 || t.Id == AwardWinnersCovered, cancellationToken))
        {
            return;
        }

        db.Targets.Add(new Target(NewCqosBy2022)
        {
            Name = "2022年底前规上企业新增首席质量官500名",
            Kind = TargetKind.Figure,
            FigureKey = "filings.new",
            From = new DateOnly(2020, 1, 1),
            Until = new DateOnly(2022, 12, 31),
            Goal = 500,
            AboveDesignatedSize = true,
        });
        db.Targets.Add(new Target(AwardWinnersCovered)
        {
            Name = "政府质量奖获奖企业全部设立首席质量官",
            Kind = TargetKind.Coverage,
            From = new DateOnly(2020, 1, 1),
            Until = new DateOnly(2022, 12, 31),
            Goal = 100,
            MinimumAward = AwardLevel.District,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
