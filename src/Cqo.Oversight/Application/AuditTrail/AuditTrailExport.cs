using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization;
using Cqo.Oversight.Application.Exports;
using Cqo.Oversight.Contracts;
using Cqo.Oversight.Infrastructure;
using Cqo.Platform.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Cqo.Oversight.Application.AuditTrail;

/// <summary>What an audit-trail export is asked for: the list's filters and sort.</summary>
internal sealed record AuditTrailExportParameters(AuditTrailFilter Filter, string? Sort);

/// <summary>
/// The audit trail as an export source. The export itself is on the trail: before the first row is
/// written, a view of <c>AuditTrail</c> is recorded (format, filters, rows, export id) for the caller,
/// or for a background export's owner.
/// </summary>
internal sealed class AuditTrailExport(AuditTrailQueries queries, OversightDbContext db, IStringLocalizer texts) : IExportSource
{
    public const string KindName = "audit-trail";

    /// <summary>How many records the export reads before it looks up the names of those who acted.</summary>
    private const int NameBatch = 500;

    private static readonly LocalizedText s_definition = new(
        "审计记录：每条记录是以下之一：(1) 业务数据的一次新增、修改或删除，含修改前后的值（密钥类字段只记“***”）；"
        + "(2) 一次对个人完整证件号码等敏感数据的查看，或一次审计记录导出（变更类型为“查看”）；"
        + "(3) 一次改变数据状态的 API 请求，含被拒绝和失败的请求（查询请求不记录）。"
        + "时间为北京时间（Asia/Shanghai）。记录写入后每分钟按时间顺序封存进 SHA-256 哈希链；链序号为空表示尚未封存。"
        + "超过保留期的记录会被清理，清理不影响剩余记录的链校验。",
        "Audit trail: each record is one of (1) a business record created, updated or deleted, with its values before and after "
        + "(secrets appear only as \"***\"); (2) a view of personal data in full (such as an ID number) or an export of the trail "
        + "(change kind \"Viewed\"); (3) an API request that changes state, refused and failed ones included (reads are not recorded). "
        + "Times are Asia/Shanghai. Every minute, new records are sealed in time order into a SHA-256 hash chain; an empty sequence "
        + "means not sealed yet. Records past retention are pruned without breaking the verification of the rest.");

    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public string Kind => KindName;

    public string Permission => OversightPermissions.AuditTrail;

    public static string ParametersOf(AuditTrailFilter filter, string? sort) =>
        JsonSerializer.Serialize(new AuditTrailExportParameters(filter, sort), s_json);

    public async Task<ExportTable> OpenAsync(string parameters, CancellationToken cancellationToken)
    {
        var (filter, sort) = JsonSerializer.Deserialize<AuditTrailExportParameters>(parameters, s_json)!;
        var records = queries.Filtered(filter);
        var sorted = AuditTrailQueries.Sort.Apply(records, sort); // an unknown sort key is a 400 before anything is written
        return new ExportTable
        {
            Title = texts["Oversight:AuditTrail.Title"],
            Definition = s_definition,
            Filters = await FiltersAsync(filter, sort, cancellationToken),
            Columns =
            [
                T("Id"), T("Kind"), T("At"), T("UserId"), T("User"), T("EntityType"), T("EntityKey"), T("ChangeKind"), T("Changes"),
                T("Method"), T("Path"), T("StatusCode"), T("IpAddress"), T("CorrelationId"), T("Sequence"),
            ],
            EstimatedRows = await records.LongCountAsync(cancellationToken),
            FileNameStem = "audit-trail",
            Rows = RowsAsync(sorted, CancellationToken.None),
        };
    }

    public async Task BeforeWriteAsync(ExportWriting writing, CancellationToken cancellationToken)
    {
        db.RecordView("AuditTrail", (writing.ExportId ?? Guid.CreateVersion7()).ToString(), new Dictionary<string, object?>
        {
            ["Format"] = writing.Format.ToString(),
            ["Parameters"] = writing.Parameters,
            ["Rows"] = writing.EstimatedRows,
            ["Background"] = writing.ExportId is not null,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    private async IAsyncEnumerable<IReadOnlyList<object?>> RowsAsync(IQueryable<AuditTrailRecord> sorted, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var batch = new List<AuditTrailRecord>(NameBatch);
        await foreach (var record in sorted.AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            batch.Add(record);
            if (batch.Count == NameBatch)
            {
                foreach (var row in await RowsOfAsync(batch, cancellationToken))
                {
                    yield return row;
                }

                batch.Clear();
            }
        }

        foreach (var row in await RowsOfAsync(batch, cancellationToken))
        {
            yield return row;
        }
    }

    private async Task<IEnumerable<object?[]>> RowsOfAsync(List<AuditTrailRecord> batch, CancellationToken cancellationToken)
    {
        var names = await queries.NamesAsync(batch.Select(r => r.UserId), cancellationToken);
        return batch.Select(r => AuditTrailQueries.ToDto(r, names)).Select(item => new object?[]
        {
            item.Id.ToString(),
            texts[$"Oversight:AuditTrailKind.{item.Kind}"].Value,
            item.At,
            item.UserId?.ToString(),
            item.UserName,
            item.EntityType,
            item.EntityKey,
            item.ChangeKind is { } kind ? texts[$"Oversight:AuditChangeKind.{kind}"].Value : null,
            item.Changes is { } changes ? AuditChanges.Describe(changes) : null,
            item.Method,
            item.Path,
            item.StatusCode,
            item.IpAddress,
            item.CorrelationId,
            item.ChainSequence,
        }).ToList();
    }

    private async Task<IReadOnlyList<ExportFilter>> FiltersAsync(AuditTrailFilter filter, string? sort, CancellationToken cancellationToken)
    {
        var filters = new List<ExportFilter>();
        if (filter.UserId is { } userId)
        {
            var names = await queries.NamesAsync([userId], cancellationToken);
            filters.Add(new(T("UserId"), names.TryGetValue(userId, out var name) ? $"{userId} ({name})" : userId.ToString()));
        }

        Add(filters, T("EntityType"), filter.EntityType);
        Add(filters, T("EntityKey"), filter.EntityKey);
        Add(filters, T("Kind"), filter.Kind is { } kind ? texts[$"Oversight:AuditTrailKind.{kind}"].Value : null);
        Add(filters, texts["Oversight:AuditTrail.From"], filter.From is { } from ? $"{ExportCells.Time(from)} (Asia/Shanghai)" : null);
        Add(filters, texts["Oversight:AuditTrail.To"], filter.To is { } to ? $"{ExportCells.Time(to)} (Asia/Shanghai)" : null);
        Add(filters, T("CorrelationId"), filter.CorrelationId);
        Add(filters, texts["Oversight:AuditTrail.Sort"], sort);
        return filters;
    }

    private static void Add(List<ExportFilter> filters, string label, string? value)
    {
        if (value is not null)
        {
            filters.Add(new(label, value));
        }
    }

    private string T(string column) => texts[$"Oversight:AuditTrail.Column.{column}"];
}
