using Cqo.Oversight.Contracts;
using Cqo.Platform.Auditing;
using Cqo.Platform.Auditing.Chain;
using Cqo.Platform.Http;
using Cqo.SharedKernel.Errors;

namespace Cqo.Oversight.Application.AuditTrail;

/// <summary>
/// Which records of the trail: by who acted, the entity (type and key; requests have none, so these
/// leave only changes), the kind, a time range [<see cref="From"/>, <see cref="To"/>) and the request's
/// correlation id. Every given filter must match.
/// </summary>
internal sealed record AuditTrailFilter(
    Guid? UserId = null,
    string? EntityType = null,
    string? EntityKey = null,
    AuditTrailKind? Kind = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    string? CorrelationId = null)
{
    public IQueryable<AuditTrailRecord> Apply(IQueryable<AuditTrailRecord> records)
    {
        if (UserId is { } userId)
        {
            records = records.Where(r => r.UserId == userId);
        }

        if (EntityType is { } entityType)
        {
            records = records.Where(r => r.EntityType == entityType);
        }

        if (EntityKey is { } entityKey)
        {
            records = records.Where(r => r.EntityKey == entityKey);
        }

        if (Kind is { } kind)
        {
            var recordKind = kind == AuditTrailKind.Change ? AuditRecordKind.Change : AuditRecordKind.Request;
            records = records.Where(r => r.Kind == recordKind);
        }

        if (From is { } from)
        {
            records = records.Where(r => r.At >= from);
        }

        if (To is { } to)
        {
            records = records.Where(r => r.At < to);
        }

        if (CorrelationId is { } correlationId)
        {
            records = records.Where(r => r.CorrelationId == correlationId);
        }

        return records;
    }
}

/// <summary>The trail's query string, shared by the list and its export; every bad value is a 400 naming its field.</summary>
internal sealed record AuditTrailSearch(Guid? UserId, string? EntityType, string? EntityKey, string? Kind, DateTimeOffset? From, DateTimeOffset? To, string? CorrelationId)
{
    public AuditTrailFilter ToFilter()
    {
        var errors = new Dictionary<string, ErrorMessage[]>();
        AuditTrailKind? kind = null;
        try
        {
            kind = EnumNames.ParseQuery<AuditTrailKind>(Kind, "kind");
        }
        catch (FieldValidationException e)
        {
            foreach (var (field, messages) in e.Errors)
            {
                errors[field] = messages;
            }
        }

        Limit(errors, "entityType", EntityType, AuditTrailLimits.EntityTypeMaxLength);
        Limit(errors, "entityKey", EntityKey, AuditTrailLimits.EntityKeyMaxLength);
        Limit(errors, "correlationId", CorrelationId, AuditTrailLimits.CorrelationIdMaxLength);
        if (From is { } from && To is { } to && to <= from)
        {
            errors["to"] = [new ErrorMessage("Oversight:AuditTrail.ToBeforeFrom")];
        }

        return errors.Count > 0
            ? throw new FieldValidationException(errors)
            : new AuditTrailFilter(UserId, Blank(EntityType), Blank(EntityKey), kind, From?.ToUniversalTime(), To?.ToUniversalTime(), Blank(CorrelationId));
    }

    private static void Limit(Dictionary<string, ErrorMessage[]> errors, string field, string? value, int max)
    {
        if (value?.Trim().Length > max)
        {
            errors[field] = [new ErrorMessage("Oversight:AuditTrail.TooLong", field, max)];
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
