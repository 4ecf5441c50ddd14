using Cqo.Host.Components.Registry;

namespace Cqo.Host.Components.Oversight;

/// <summary>The registry components' helpers (a scope per call, permission checks, conflicts), with texts under <c>Ui:Oversight.*</c>.</summary>
public abstract class OversightComponentBase : RegistryComponentBase
{
    protected override string TextPrefix => "Ui:Oversight.";
}
