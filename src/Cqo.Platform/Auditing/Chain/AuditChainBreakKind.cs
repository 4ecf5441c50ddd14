namespace Cqo.Platform.Auditing.Chain;

/// <summary>How the audit chain was found broken.</summary>
public enum AuditChainBreakKind
{
    /// <summary>
    /// The record no longer hashes to its stored hash, while the next record still links to that hash:
    /// its content was changed (or the record before it was rewritten together with its hash, which
    /// looks the same from here).
    /// </summary>
    ContentChanged,

    /// <summary>No record carries this sequence, though later ones do: a record was deleted (or unsealed) in the middle of the chain.</summary>
    RecordMissing,

    /// <summary>
    /// The stored hash fits neither the record's content nor the next record's link (the hash itself was
    /// altered, several records were rewritten, two records claim one sequence), or differs from what an
    /// earlier verification saw.
    /// </summary>
    HashMismatch,

    /// <summary>The chain ends before the head (or an earlier verification) says it does: records at its end were deleted.</summary>
    TailTruncated,
}
