namespace Cqo.Platform.Auditing;

public enum EntityChangeKind
{
    Created,
    Updated,
    Deleted,
}
