using System.Linq.Expressions;
using Cqo.Oversight.Application.Figures;
using Cqo.Oversight.Contracts;
using Cqo.Oversight.Domain;
using Cqo.Oversight.Infrastructure;
using Cqo.Registry.Contracts;
using Cqo.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Oversight.Application.Targets;

/// <summary>
/// How far a target has come, in the caller's scope. A figure target counts its figure from
/// <c>From</c> to <c>Until</c> (or today, if earlier); a coverage target the share of its population
/// (active enterprises matching its scope) that has a CQO in office today.
/// </summary>
internal sealed class TargetProgress(OversightDbContext db, TimeProvider clock)
{
    public async Task<TargetProgressDto> OfAsync(Target target, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        if (target.Kind == TargetKind.Coverage)
        {
            var population = Population(target);
            var total = await population.CountAsync(cancellationToken);
            var covered = await population.Where(HasCqoOn(today)).CountAsync(cancellationToken);
            var share = total == 0 ? 100m : Math.Round(covered * 100m / total, 1);
            return new TargetProgressDto(covered, target.Goal, share, share >= target.Goal, today, total);
        }

        var figure = FigureCatalogue.Find(target.FigureKey!)!;
        var asOf = target.Until < today ? target.Until : today;
        var value = asOf < target.From ? 0 : await figure.TotalAsync(db, FilterOf(target), target.From, asOf, cancellationToken);
        return new TargetProgressDto(value, target.Goal, Math.Round(value * 100m / target.Goal, 1), value >= target.Goal, asOf, null);
    }

    /// <summary>The enterprises of a coverage target's population with no CQO in office today.</summary>
    public IQueryable<Enterprise> Shortfall(Target target) => Population(target).Where(Not(HasCqoOn(clock.Today())));

    public static FigureFilter FilterOf(Target target) => new(
        target.DistrictCode, target.JurisdictionCode, target.IndustrySectionCode, target.IndustryDivisionCode,
        target.Scale, target.AboveDesignatedSize, target.Specialised);

    private IQueryable<Enterprise> Population(Target target)
    {
        var enterprises = db.Enterprises.Where(e => e.Status == EnterpriseStatus.Active);
        enterprises = target.DistrictCode is { } district ? enterprises.Where(e => e.DistrictCode == district) : enterprises;
        enterprises = target.JurisdictionCode is { } unit ? enterprises.Where(e => e.JurisdictionCode == unit) : enterprises;
        enterprises = target.IndustrySectionCode is { } section ? enterprises.Where(e => e.IndustrySectionCode == section) : enterprises;
        enterprises = target.IndustryDivisionCode is { } division ? enterprises.Where(e => e.IndustryDivisionCode == division) : enterprises;
        enterprises = target.Scale is { } scale ? enterprises.Where(e => e.Scale == scale) : enterprises;
        enterprises = target.AboveDesignatedSize is { } above ? enterprises.Where(e => e.AboveDesignatedSize == above) : enterprises;
        enterprises = target.Specialised is { } specialised ? enterprises.Where(e => e.Specialised == specialised) : enterprises;
        // National = 0 ranks highest: "at least municipal" is a national or municipal award.
        return target.MinimumAward is { } award ? enterprises.Where(e => e.BestAward != null && e.BestAward <= award) : enterprises;
    }

    private Expression<Func<Enterprise, bool>> HasCqoOn(DateOnly day) =>
        e => db.Filings.Any(f => f.EnterpriseId == e.Id && f.ActivatedOn != null && f.ActivatedOn <= day && (f.EndedOn == null || f.EndedOn > day));

    private static Expression<Func<Enterprise, bool>> Not(Expression<Func<Enterprise, bool>> predicate) =>
        Expression.Lambda<Func<Enterprise, bool>>(Expression.Not(predicate.Body), predicate.Parameters);
}
