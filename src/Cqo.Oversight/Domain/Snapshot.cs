using Cqo.Oversight.Contracts;
using Cqo.SharedKernel.Domain;

namespace Cqo.Oversight.Domain;

/// <summary>
/// Every figure of one closed month or year, frozen: the figures as they were reported, kept
/// unchanged next to later recomputations. Snapshots form a hash chain (each hash covers the
/// previous one), so a changed or removed value or snapshot shows. Kept out of the audit trail: the
/// chain is its own evidence.
/// </summary>
internal sealed class Snapshot : Entity, IAuditIgnored
{
    public Snapshot(Guid id, Granularity granularity, string periodKey, DateOnly from, DateOnly to, DateTimeOffset takenAt)
        : base(id)
    {
        Granularity = granularity;
        PeriodKey = periodKey;
        From = from;
        To = to;
        TakenAt = takenAt;
    }

    private Snapshot() { }

    public Granularity Granularity { get; private set; }

    public string PeriodKey { get; private set; } = "";

    public DateOnly From { get; private set; }

    public DateOnly To { get; private set; }

    public DateTimeOffset TakenAt { get; private set; }

    /// <summary>Its place in the chain: 1 for the first snapshot ever taken.</summary>
    public long Sequence { get; private set; }

    public string? PreviousHash { get; private set; }

    /// <summary>SHA-256 (lowercase hex) of the snapshot's canonical text (see <c>SnapshotHash</c>).</summary>
    public string Hash { get; private set; } = "";

    public void Seal(long sequence, string? previousHash, string hash) => (Sequence, PreviousHash, Hash) = (sequence, previousHash, hash);
}

/// <summary>One frozen cell: a figure's value for one value of one dimension (the total when the dimension is None).</summary>
internal sealed class SnapshotValue : Entity, IAuditIgnored
{
    public SnapshotValue(Guid id, Guid snapshotId, string figure, Dimension dimension, string? code, decimal? value, decimal? p90)
        : base(id)
    {
        SnapshotId = snapshotId;
        Figure = figure;
        Dimension = dimension;
        Code = code;
        Value = value;
        P90 = p90;
    }

    private SnapshotValue() { }

    public Guid SnapshotId { get; private set; }

    public string Figure { get; private set; } = "";

    public Dimension Dimension { get; private set; }

    public string? Code { get; private set; }

    public decimal? Value { get; private set; }

    public decimal? P90 { get; private set; }
}
