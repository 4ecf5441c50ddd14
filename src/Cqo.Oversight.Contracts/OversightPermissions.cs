namespace Cqo.Oversight.Contracts;

/// <summary>Permission names of the oversight module.</summary>
public static class OversightPermissions
{
    /// <summary>See figures, targets, snapshots and the annual summary within one's scope, and export them (regulators and auditors).</summary>
    public const string Statistics = "Oversight.Statistics";

    /// <summary>Drill from a figure into the records behind it, and export those lists (regulators; never auditors).</summary>
    public const string Records = "Oversight.Records";

    /// <summary>Define targets and freeze snapshots on demand (the municipal regulator).</summary>
    public const string ManageTargets = "Oversight.ManageTargets";

    /// <summary>Query and export the audit trail, and verify its chain (the municipal regulator and platform administrators).</summary>
    public const string AuditTrail = "Oversight.AuditTrail";
}
