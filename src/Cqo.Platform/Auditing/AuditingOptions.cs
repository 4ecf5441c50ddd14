namespace Cqo.Platform.Auditing;

/// <summary>The <c>Auditing</c> section.</summary>
public sealed class AuditingOptions
{
    public const string Section = "Auditing";

    /// <summary>How long request audits and entity changes are kept before the prune job removes them.</summary>
    public int RetentionDays { get; set; } = 5 * 365;
}
