using Cqo.Host.Components.Registry;

namespace Cqo.Host.Components.Training;

/// <summary>The registry components' helpers (a scope per call, permission checks, conflicts, reasons), with texts under <c>Ui:Training.*</c>.</summary>
public abstract class TrainingComponentBase : RegistryComponentBase
{
    protected override string TextPrefix => "Ui:Training.";
}
