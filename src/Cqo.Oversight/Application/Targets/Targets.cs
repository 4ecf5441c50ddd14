using Cqo.Oversight.Contracts;
using Cqo.Oversight.Domain;
using Cqo.Oversight.Infrastructure;
using Cqo.Platform.Persistence;
using Cqo.Registry.Contracts;
using Cqo.SharedKernel.Errors;
using Cqo.SharedKernel.Paging;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Oversight.Application.Targets;

/// <summary>Targets with their progress (everyone with the statistics permission) and their upkeep (the municipal regulator).</summary>
internal sealed class Targets(OversightDbContext db, TargetProgress progress)
{
    private static readonly SortMap<Enterprise> s_shortfallSort = new SortMap<Enterprise>("name", e => e.Id)
        .Add("name", e => e.Name).Add("uscc", e => e.Uscc).Add("district", e => e.DistrictCode).Add("latestAwardYear", e => e.LatestAwardYear);

    public async Task<IReadOnlyList<TargetDto>> ListAsync(CancellationToken cancellationToken)
    {
        var targets = await db.Targets.AsNoTracking().OrderBy(t => t.Until).ThenBy(t => t.Name).ToListAsync(cancellationToken);
        var list = new List<TargetDto>(targets.Count);
        foreach (var target in targets)
        {
            list.Add(await ToDtoAsync(target, cancellationToken));
        }

        return list;
    }

    public async Task<TargetDto> GetAsync(Guid id, CancellationToken cancellationToken) => await ToDtoAsync(await FindAsync(id, cancellationToken), cancellationToken);

    public async Task<TargetDto> CreateAsync(SaveTargetRequest request, CancellationToken cancellationToken)
    {
        var target = new Target(Guid.CreateVersion7());
        Apply(target, request);
        db.Targets.Add(target);
        await db.SaveChangesAsync(cancellationToken);
        return await ToDtoAsync(target, cancellationToken);
    }

    public async Task<TargetDto> UpdateAsync(Guid id, SaveTargetRequest request, CancellationToken cancellationToken)
    {
        var target = await FindAsync(id, cancellationToken);
        db.ExpectConcurrencyStamp(target, request.ConcurrencyStamp ?? throw new FieldValidationException("concurrencyStamp", new ErrorMessage("Error:FieldRequired", "concurrencyStamp")));
        Apply(target, request);
        await db.SaveChangesAsync(cancellationToken);
        return await ToDtoAsync(target, cancellationToken);
    }

    public async Task DeleteAsync(Guid id, Guid concurrencyStamp, CancellationToken cancellationToken)
    {
        var target = await FindAsync(id, cancellationToken);
        db.ExpectConcurrencyStamp(target, concurrencyStamp);
        db.Targets.Remove(target);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A coverage target's enterprises without a CQO in office, in the caller's scope.</summary>
    public async Task<PagedResult<ShortfallDto>> ShortfallAsync(Guid id, PageRequest page, CancellationToken cancellationToken)
    {
        var target = await FindAsync(id, cancellationToken);
        if (target.Kind != TargetKind.Coverage)
        {
            throw new BusinessRuleException("oversight.not_coverage", new ErrorMessage("Oversight:NotCoverage"));
        }

        var shortfall = progress.Shortfall(target);
        var total = await shortfall.CountAsync(cancellationToken);
        var items = await s_shortfallSort.Apply(shortfall, page.Sort).Skip(page.Skip).Take(page.Take).AsNoTracking().ToListAsync(cancellationToken);
        return new PagedResult<ShortfallDto>(
            [.. items.Select(e => new ShortfallDto(e.Id, e.Name, e.Uscc, e.DistrictCode, e.JurisdictionCode, e.BestAward?.ToString(), e.LatestAwardYear,
                $"/registry/enterprises?search={e.Uscc}"))],
            total);
    }

    private async Task<Target> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await db.Targets.FirstOrDefaultAsync(t => t.Id == id, cancellationToken) ?? throw new NotFoundException("Target", id);

    private static void Apply(Target target, SaveTargetRequest request)
    {
        var scope = request.Scope;
        target.Name = request.Name.Trim();
        target.Kind = request.Kind;
        target.FigureKey = request.Kind == TargetKind.Figure ? request.FigureKey : null;
        target.From = request.From;
        target.Until = request.Until;
        target.Goal = request.Goal;
        target.DistrictCode = Blank(scope?.DistrictCode);
        target.JurisdictionCode = Blank(scope?.JurisdictionCode);
        target.IndustrySectionCode = Blank(scope?.IndustrySectionCode);
        target.IndustryDivisionCode = Blank(scope?.IndustryDivisionCode);
        target.Scale = Blank(scope?.Scale) is { } scale ? Enum.Parse<EnterpriseScale>(scale, ignoreCase: true) : null;
        target.AboveDesignatedSize = scope?.AboveDesignatedSize;
        target.Specialised = scope?.Specialised;
        target.MinimumAward = Blank(scope?.MinimumAward) is { } award ? Enum.Parse<AwardLevel>(award, ignoreCase: true) : null;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private async Task<TargetDto> ToDtoAsync(Target target, CancellationToken cancellationToken) => new(
        target.Id, target.Name, target.Kind, target.FigureKey, target.From, target.Until, target.Goal,
        new TargetScopeDto(target.DistrictCode, target.JurisdictionCode, target.IndustrySectionCode, target.IndustryDivisionCode,
            target.Scale?.ToString(), target.AboveDesignatedSize, target.Specialised, target.MinimumAward?.ToString()),
        await progress.OfAsync(target, cancellationToken),
        target.ConcurrencyStamp);
}
