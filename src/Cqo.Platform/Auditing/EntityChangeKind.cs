namespace Cqo.Platform.Auditing;

public enum EntityChangeKind
{
    Created,
    Updated,
    Deleted,

    /// <summary>Not a change: someone saw personal data in full or exported the trail (see <c>CqoDbContext.RecordView</c>).</summary>
    Viewed,
}
