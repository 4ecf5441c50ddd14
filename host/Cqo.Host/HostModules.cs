using Cqo.Platform.Modules;
using Cqo.Reference;

namespace Cqo.Host;

/// <summary>The modules this host serves; a new module is added here and in the migration context.</summary>
internal static class HostModules
{
    public static readonly IReadOnlyList<ICqoModule> All =
    [
        new ReferenceModule(),
    ];
}
