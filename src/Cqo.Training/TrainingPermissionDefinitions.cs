using Cqo.Platform.Security.Permissions;
using Cqo.SharedKernel.Security;
using Cqo.Training.Contracts;

namespace Cqo.Training;

internal sealed class TrainingPermissionDefinitions : IPermissionDefinitionProvider
{
    public void Define(PermissionDefinitionContext context)
    {
        var group = context.AddGroup("Training");
        string[] provider = [StandardRoles.ProviderAdmin];
        string[] regulators = [StandardRoles.MunicipalRegulator, StandardRoles.DistrictRegulator];

        // Providers are a municipal matter, and auditors see aggregates only (DOMAIN.md §2).
        var providers = group.Add(TrainingPermissions.Providers, [.. provider, StandardRoles.MunicipalRegulator]);
        providers.AddChild(TrainingPermissions.ProvidersRegister, [.. provider, StandardRoles.MunicipalRegulator]);
        providers.AddChild(TrainingPermissions.ProvidersReview, StandardRoles.MunicipalRegulator);

        group.Add(TrainingPermissions.TrainersManage, [.. provider, StandardRoles.MunicipalRegulator]);

        var courses = group.Add(TrainingPermissions.Courses,
            [.. provider, StandardRoles.Trainer, .. regulators, StandardRoles.EnterpriseAdmin, StandardRoles.Officer]);
        // Trainers schedule and run courses with their provider's administrators (DOMAIN.md §2).
        courses.AddChild(TrainingPermissions.CoursesManage, [.. provider, StandardRoles.Trainer, StandardRoles.MunicipalRegulator]);
        courses.AddChild(TrainingPermissions.CoursesTeach, [.. provider, StandardRoles.Trainer, StandardRoles.MunicipalRegulator]);

        var enrolments = group.Add(TrainingPermissions.Enrolments,
            [.. provider, StandardRoles.Trainer, .. regulators, StandardRoles.EnterpriseAdmin, StandardRoles.Officer]);
        enrolments.AddChild(TrainingPermissions.EnrolmentsApply, StandardRoles.Officer);
        enrolments.AddChild(TrainingPermissions.EnrolmentsSponsor, [StandardRoles.EnterpriseAdmin, StandardRoles.MunicipalRegulator]);
    }
}
