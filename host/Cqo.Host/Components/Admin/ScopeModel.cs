using Cqo.Identity.Application;
using Cqo.Identity.Contracts;
using Cqo.SharedKernel.Security;

namespace Cqo.Host.Components.Admin;

/// <summary>The scope fields of the user and client forms, as edited.</summary>
public sealed class ScopeModel
{
    public ScopeKind? Kind { get; set; }

    public Guid? OrganisationId { get; set; }

    public string? JurisdictionCode { get; set; }

    public bool NeedsOrganisation => Kind is ScopeKind.Enterprise or ScopeKind.TrainingProvider or ScopeKind.Individual;

    public bool NeedsJurisdiction => Kind is ScopeKind.DistrictRegulator;

    public static ScopeModel From(ScopeDto scope) =>
        new() { Kind = scope.Kind, OrganisationId = scope.OrganisationId, JurisdictionCode = scope.JurisdictionCode };

    /// <summary>Only the part the kind uses is sent: a stale organisation must not ride along with a regulator scope.</summary>
    internal ScopeInput ToInput() =>
        new(Kind, NeedsOrganisation ? OrganisationId : null, NeedsJurisdiction ? JurisdictionCode?.Trim() : null);
}
