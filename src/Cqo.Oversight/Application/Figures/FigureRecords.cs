using System.Globalization;
using Cqo.Oversight.Contracts;
using Cqo.Oversight.Infrastructure;
using Cqo.SharedKernel.Errors;
using Cqo.SharedKernel.Paging;
using Cqo.SharedKernel.Time;
using Microsoft.Extensions.Localization;

namespace Cqo.Oversight.Application.Figures;

/// <summary>
/// The records behind one cell of a figure's table, in the caller's scope: the same query and
/// filters, one period (<c>at</c>, by default the last), one value of the dimension (<c>code</c>;
/// <c>none</c> for "not known"; every value when absent).
/// </summary>
internal sealed class FigureRecords(OversightDbContext db, IStringLocalizer texts, DimensionLabels labels, TimeProvider clock)
{
    public async Task<RecordPageDto> GetAsync(string key, FigureParameters parameters, string? at, string? code, string? search, PageRequest page, CancellationToken cancellationToken)
    {
        var figure = FigureCatalogue.Find(key) ?? throw new NotFoundException("Figure", key);
        var period = parameters.PeriodAt(at, figure, clock.Today());
        var query = (parameters with { From = period.Key, To = period.Key }).ToQuery(figure, clock.Today());
        var culture = CultureInfo.CurrentUICulture;
        var cellTexts = new RecordTexts(
            k => texts[$"Oversight:{k}"].Value,
            await labels.ForAsync(Dimension.District, culture, cancellationToken),
            await labels.ForAsync(Dimension.Jurisdiction, culture, cancellationToken));
        var records = await figure.RecordsAsync(new RecordQuery(db, cellTexts, query, period, code, search, page), cancellationToken);
        return new RecordPageDto(figure.ToDto(culture), period, query.By, code, records.Columns, records.Items, records.TotalCount);
    }
}
