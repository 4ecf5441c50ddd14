using Cqo.Platform.Modules;
using Cqo.Reference;

namespace Cqo.Migrations;

/// <summary>
/// Every module of the platform. A new module is added here and to
/// <see cref="CqoMigrationsDbContext"/>; the host and the migrator both take the list from here.
/// </summary>
public static class CqoModules
{
    public static readonly IReadOnlyList<ICqoModule> All =
    [
        new ReferenceModule(),
    ];
}
