namespace Cqo.Platform.Auditing.Chain;

/// <summary>Which table of the trail a record lives in.</summary>
public enum AuditRecordKind
{
    /// <summary>An entity change (or a recorded view), <c>platform.EntityChanges</c>.</summary>
    Change,

    /// <summary>A state-changing request, <c>platform.RequestAudits</c>.</summary>
    Request,
}
