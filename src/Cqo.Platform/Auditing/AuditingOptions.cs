namespace Cqo.Platform.Auditing;

/// <summary>The <c>Auditing</c> section.</summary>
public sealed class AuditingOptions
{
    public const string Section = "Auditing";

    /// <summary>How long request audits and entity changes are kept before the prune job removes them.</summary>
    public int RetentionDays { get; set; } = 5 * 365;

    /// <summary>Records sealed per transaction by the sealing job (it goes on batch after batch until none is left).</summary>
    public int SealBatchSize { get; set; } = 1000;

    /// <summary>Sequences read per query while the chain is verified: what the walk holds in memory at most.</summary>
    public int VerifyBatchSize { get; set; } = 5000;

    /// <summary>Sequences removed per transaction by pruning (the anchor moves with each).</summary>
    public int PruneBatchSize { get; set; } = 10_000;
}
