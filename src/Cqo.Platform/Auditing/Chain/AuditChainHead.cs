namespace Cqo.Platform.Auditing.Chain;

/// <summary>
/// The one row that says where the audit chain ends and where it starts after pruning. Every seal and
/// every prune replaces its <see cref="ConcurrencyStamp"/> with a conditional update, so two hosts
/// never extend or cut the chain at once: the one whose stamp is stale gives up.
/// </summary>
internal sealed class AuditChainHead
{
    public const int SingletonId = 1;

    /// <summary>The hash the first record chains to: 32 zero bytes.</summary>
    public static readonly string GenesisHash = new('0', AuditCanonicalForm.HashLength);

    /// <summary>The stamp the row is created with (migrations seed it).</summary>
    public static readonly Guid InitialStamp = new("0b8f3c57-2f1d-4c0e-9a51-7e1f3d6a2c10");

    private AuditChainHead()
    {
    }

    public int Id { get; private set; }

    /// <summary>The sequence of the last sealed record (0 before the first).</summary>
    public long LastSequence { get; private set; }

    public string LastHash { get; private set; } = GenesisHash;

    /// <summary>The sequence of the last pruned record (0 while nothing was pruned): the chain starts after it.</summary>
    public long AnchorSequence { get; private set; }

    /// <summary>The hash of the last pruned record, which the first remaining record chains to.</summary>
    public string AnchorHash { get; private set; } = GenesisHash;

    public Guid ConcurrencyStamp { get; private set; }

    public DateTimeOffset? SealedAt { get; private set; }

    public DateTimeOffset? PrunedAt { get; private set; }
}
