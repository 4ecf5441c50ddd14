using Cqo.SharedKernel.Domain;

namespace Cqo.Oversight.Domain;

/// <summary>
/// How many times the facts of one kind holding one month, in any of their month columns, have changed. A figure
/// kept from an earlier computation is served again only while the versions of its months are those it was computed
/// at (<c>FigureCache</c>), so a kept figure is always today's recomputation. Written by <c>OversightDbContext</c>
/// with every change to facts, in the same transaction; kept out of the audit trail, like the facts.
/// </summary>
internal sealed class FactVersion : IAuditIgnored
{
    public FactVersion(string kind, int month) => (Kind, Month, Version) = (kind, month, 1);

    private FactVersion() { }

    /// <summary>The kind of fact: its class's name.</summary>
    public string Kind { get; private set; } = "";

    /// <summary>The month, <c>yyyymm</c>.</summary>
    public int Month { get; private set; }

    public long Version { get; private set; }
}
