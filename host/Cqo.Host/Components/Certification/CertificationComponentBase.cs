using Cqo.Host.Components.Registry;

namespace Cqo.Host.Components.Certification;

/// <summary>The registry components' helpers (a scope per call, permission checks, conflicts), with texts under <c>Ui:Certification.*</c>.</summary>
public abstract class CertificationComponentBase : RegistryComponentBase
{
    protected override string TextPrefix => "Ui:Certification.";
}
