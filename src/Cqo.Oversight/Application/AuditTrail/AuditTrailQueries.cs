using Cqo.Identity.Contracts;
using Cqo.Oversight.Contracts;
using Cqo.Platform.Auditing;
using Cqo.Platform.Auditing.Chain;
using Cqo.Platform.Persistence;
using Cqo.SharedKernel.Paging;

namespace Cqo.Oversight.Application.AuditTrail;

/// <summary>
/// The audit trail for those who hold <see cref="OversightPermissions.AuditTrail"/>: changes and
/// requests as one list, filtered, sorted and paged in SQL, each naming who acted.
/// </summary>
internal sealed class AuditTrailQueries(IAuditTrail trail, IUserDirectory users)
{
    /// <summary>The sort keys the list and the export accept.</summary>
    public static readonly SortMap<AuditTrailRecord> Sort = new SortMap<AuditTrailRecord>("-at", r => r.Id)
        .Add("at", r => r.At)
        .Add("kind", r => r.Kind)
        .Add("userId", r => r.UserId)
        .Add("entityType", r => r.EntityType)
        .Add("sequence", r => r.ChainSequence);

    public async Task<PagedResult<AuditTrailItemDto>> ListAsync(AuditTrailFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        var records = await Filtered(filter).ToPageAsync(Sort, page, cancellationToken);
        var names = await NamesAsync(records.Items.Select(r => r.UserId), cancellationToken);
        return records.Map(r => ToDto(r, names));
    }

    public IQueryable<AuditTrailRecord> Filtered(AuditTrailFilter filter) => filter.Apply(trail.Records);

    /// <summary>The display names of the accounts among <paramref name="userIds"/> (the system's null skipped).</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IEnumerable<Guid?> userIds, CancellationToken cancellationToken)
    {
        var ids = userIds.OfType<Guid>().Distinct().ToList();
        return ids.Count == 0 ? new Dictionary<Guid, string>() : await users.DisplayNamesAsync(ids, cancellationToken);
    }

    public static AuditTrailItemDto ToDto(AuditTrailRecord r, IReadOnlyDictionary<Guid, string> names) => new(
        r.Kind == AuditRecordKind.Change ? AuditTrailKind.Change : AuditTrailKind.Request,
        r.Id,
        r.At,
        r.UserId,
        r.UserId is { } id ? names.GetValueOrDefault(id) : null,
        r.EntityType,
        r.EntityKey,
        r.ChangeKind is { } kind ? Enum.Parse<AuditChangeKind>(kind.ToString()) : null,
        r.Changes is { } changes ? AuditChanges.Parse(changes) : null,
        r.Method,
        r.Path,
        r.StatusCode,
        r.DurationMs,
        r.IpAddress,
        r.UserAgent,
        r.CorrelationId,
        r.ChainSequence);
}
