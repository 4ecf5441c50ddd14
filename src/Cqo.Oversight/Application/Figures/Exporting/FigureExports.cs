using System.Runtime.CompilerServices;
using System.Text.Json;
using Cqo.Oversight.Application.Exports;
using Cqo.Oversight.Contracts;
using Cqo.SharedKernel.Paging;
using Microsoft.Extensions.Localization;

namespace Cqo.Oversight.Application.Figures.Exporting;

/// <summary>What a figure export is asked for: the figure, its table's parameters and, for its records, the cell, search and sort.</summary>
internal sealed record FigureExportParameters(string Key, FigureParameters Parameters, string? At = null, string? Code = null, string? Search = null, string? Sort = null)
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, s_json);

    public static FigureExportParameters FromJson(string json) => JsonSerializer.Deserialize<FigureExportParameters>(json, s_json)!;

    public IReadOnlyList<ExportFilter> Filters(IStringLocalizer texts) =>
        [.. Parameters.Describe().Select(f => new ExportFilter(f.Key, f.Value))
            .Prepend(new ExportFilter(texts["Oversight:Export.Periods"], $"{Parameters.Period ?? nameof(Granularity.Year)} {Parameters.From}–{Parameters.To}"))
            .Concat(new (string Key, string? Value)[] { ("by", Parameters.By), ("at", At), ("code", Code), ("search", Search), ("sort", Sort) }
                .Where(f => !string.IsNullOrWhiteSpace(f.Value)).Select(f => new ExportFilter(f.Key, f.Value!)))];
}

/// <summary>A figure's table (rows by the dimension, a column per period, the total) as an export, with its definition.</summary>
internal sealed class FigureTableExport(FigureTables tables, IStringLocalizer texts) : IExportSource
{
    public const string KindName = "figure-table";

    public string Kind => KindName;

    public string Permission => OversightPermissions.Statistics;

    public async Task<ExportTable> OpenAsync(string parameters, CancellationToken cancellationToken)
    {
        var request = FigureExportParameters.FromJson(parameters);
        var figure = FigureCatalogue.Find(request.Key) ?? throw new SharedKernel.Errors.NotFoundException("Figure", request.Key);
        var table = await tables.GetAsync(request.Key, request.Parameters, cancellationToken);
        var distribution = table.Figure.Shape == FigureShape.Distribution;
        var rows = table.Rows.Append(table.Total).SelectMany(r => distribution
            ? new IReadOnlyList<object?>[] { [$"{r.Label} · {texts["Oversight:Median"]}", .. r.Values], [$"{r.Label} · P90", .. r.P90!] }
            : [[r.Label, .. r.Values]]).ToList();
        return new ExportTable
        {
            Title = $"{table.Figure.Name}（{table.Figure.Unit}）",
            Definition = figure.Definition,
            Filters = request.Filters(texts),
            Columns = [texts[$"Oversight:Dimension.{table.By}"], .. table.Periods.Select(p => p.Key)],
            EstimatedRows = rows.Count,
            FileNameStem = $"figure-{request.Key.Replace('.', '-')}",
            Rows = rows.ToAsyncEnumerable(),
        };
    }
}

/// <summary>The records behind one cell of a figure as an export: every page of the list, with its definition.</summary>
internal sealed class FigureRecordsExport(FigureRecords records, IStringLocalizer texts) : IExportSource
{
    public const string KindName = "figure-records";

    private const int Page = PageRequest.MaxTake;

    public string Kind => KindName;

    public string Permission => OversightPermissions.Records;

    public async Task<ExportTable> OpenAsync(string parameters, CancellationToken cancellationToken)
    {
        var request = FigureExportParameters.FromJson(parameters);
        var first = await PageAsync(request, 0, cancellationToken);
        var figure = FigureCatalogue.Find(request.Key)!;
        return new ExportTable
        {
            Title = $"{first.Figure.Name} · {first.Period.Key}",
            Definition = figure.Definition,
            Filters = request.Filters(texts),
            Columns = [.. first.Columns.Select(c => c.Header), texts["Oversight:Export.Link"]],
            EstimatedRows = first.TotalCount,
            FileNameStem = $"records-{request.Key.Replace('.', '-')}",
            Rows = RowsAsync(request, first, CancellationToken.None),
        };
    }

    private Task<RecordPageDto> PageAsync(FigureExportParameters request, int skip, CancellationToken cancellationToken) =>
        records.GetAsync(request.Key, request.Parameters, request.At, request.Code, request.Search, new PageRequest(skip, Page, request.Sort), cancellationToken);

    private async IAsyncEnumerable<IReadOnlyList<object?>> RowsAsync(FigureExportParameters request, RecordPageDto first, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var page = first;
        var skip = 0;
        while (true)
        {
            foreach (var item in page.Items)
            {
                yield return [.. item.Cells, item.Link];
            }

            skip += Page;
            if (page.Items.Count < Page || skip >= page.TotalCount)
            {
                yield break;
            }

            page = await PageAsync(request, skip, cancellationToken);
        }
    }
}
