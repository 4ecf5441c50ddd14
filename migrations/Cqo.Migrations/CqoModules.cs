using Cqo.Certification;
using Cqo.Identity;
using Cqo.Notifications;
using Cqo.Oversight;
using Cqo.Platform.Modules;
using Cqo.Reference;
using Cqo.Registry;
using Cqo.Training;

namespace Cqo.Migrations;

/// <summary>
/// Every module of the platform, in one place: the host, the migrator, the migration context and the
/// architecture tests all take the list from here.
/// </summary>
public static class CqoModules
{
    public static readonly IReadOnlyList<ICqoModule> All =
    [
        new IdentityModule(),
        new ReferenceModule(),
        new RegistryModule(),
        new TrainingModule(),
        new CertificationModule(),
        new NotificationsModule(),
        new OversightModule(),
    ];
}
