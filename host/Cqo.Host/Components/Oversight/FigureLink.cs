using Cqo.Oversight.Application.Figures;
using Microsoft.AspNetCore.WebUtilities;

namespace Cqo.Host.Components.Oversight;

/// <summary>
/// A figure with its period range, breakdown and filters, as the query string of the dashboard, the
/// records page and the exports. The pages keep their state in the URL so that a drill-down link, a
/// reload and the back button all show the same numbers; the parameter names are the API's.
/// </summary>
public sealed record FigureLink(
    string Figure,
    string? Period = null,
    string? From = null,
    string? To = null,
    string? By = null,
    string? District = null,
    string? Jurisdiction = null,
    string? Section = null,
    string? Division = null,
    string? Scale = null,
    bool? AboveDesignatedSize = null,
    bool? Specialised = null,
    Guid? Provider = null)
{
    public const string DashboardPath = "/oversight";
    public const string RecordsPath = "/oversight/records";

    /// <summary>The code a drill-down link gives the "not known" row (the records service's word for it).</summary>
    public const string NoneCode = "none";

    internal FigureParameters ToParameters() =>
        new(Period, From, To, By, District, Jurisdiction, Section, Division, Scale, AboveDesignatedSize, Specialised, Provider);

    /// <summary>Whether any dimension filter is set (the breakdown and the range are not filters).</summary>
    public bool IsFiltered => Filters().Any(f => f.Value is not null);

    /// <summary>The dashboard showing this figure, with <paramref name="at"/> as the breakdown chart's period.</summary>
    public string DashboardUrl(string? at = null) => Url(DashboardPath, [.. Table(), new("at", at)]);

    /// <summary>
    /// The records behind one cell: period <paramref name="at"/>, dimension value <paramref name="code"/> (null: every
    /// value, as the total row; a row's null code is "not known" and becomes <see cref="NoneCode"/>).
    /// </summary>
    public string RecordsUrl(string at, string? code, bool totalRow) =>
        Url(RecordsPath, [.. Table(), new("at", at), new("code", totalRow ? null : code ?? NoneCode)]);

    /// <summary>The figure table's download (<c>xlsx</c> or <c>csv</c>) with the same parameters as the table.</summary>
    public string TableExportUrl(string format) => Url(OversightExports.TablePath(Figure), [new("format", format), .. Table().Skip(1)]);

    /// <summary>The download of a record list with the same parameters as the list.</summary>
    public string RecordsExportUrl(string format, string? at, string? code, string? search, string? sort) =>
        Url(OversightExports.RecordsPath(Figure), [new("format", format), .. Table().Skip(1), new("at", at), new("code", code), new("search", search), new("sort", sort)]);

    /// <summary>The same link with another figure, breakdown, range or filter; null clears it.</summary>
    public IEnumerable<KeyValuePair<string, string?>> Table() =>
    [
        new("figure", Figure),
        new("period", Period),
        new("from", From),
        new("to", To),
        new("by", By),
        .. Filters(),
    ];

    public IEnumerable<KeyValuePair<string, string?>> Filters() =>
    [
        new("district", District),
        new("jurisdiction", Jurisdiction),
        new("section", Section),
        new("division", Division),
        new("scale", Scale),
        new("aboveDesignatedSize", Flag(AboveDesignatedSize)),
        new("specialised", Flag(Specialised)),
        new("provider", Provider?.ToString()),
    ];

    public static string Url(string path, IEnumerable<KeyValuePair<string, string?>> query) =>
        QueryHelpers.AddQueryString(path, query.Where(p => !string.IsNullOrWhiteSpace(p.Value)));

    private static string? Flag(bool? value) => value is { } flag ? (flag ? "true" : "false") : null;
}
