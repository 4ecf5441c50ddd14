using Cqo.Identity.Application;
using Cqo.Identity.Contracts;
using Cqo.Identity.Domain;
using Cqo.Reference.Contracts.Identifiers;
using Cqo.SharedKernel.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Identity.Infrastructure.Seeding;

/// <summary>One account per role for demonstrations, all with <see cref="Password"/>.</summary>
internal static class DemoAccounts
{
    public const string Password = "Demo@2026cqo";

    public static readonly (string UserName, string DisplayName, string Role)[] All =
    [
        ("municipal", "市局审核员", StandardRoles.MunicipalRegulator),
        ("pudong", "浦东新区审核员", StandardRoles.DistrictRegulator),
        ("auditor", "领导小组成员单位", StandardRoles.Auditor),
        ("enterprise", "示例精密企业经办人", StandardRoles.EnterpriseAdmin),
        ("provider", "质量教育培训中心管理员", StandardRoles.ProviderAdmin),
        ("trainer", "培训讲师", StandardRoles.Trainer),
        ("officer", "首席质量官学员", StandardRoles.Officer),
    ];

    public static async Task SeedAsync(IdentityStoreDbContext db, UserManager<UserAccount> users, CancellationToken cancellationToken)
    {
        var enterprise = await OrganisationAsync(db, OrganisationKind.Enterprise, "上海示例精密制造有限公司", "91310110666007217T", "310115", cancellationToken);
        var provider = await OrganisationAsync(db, OrganisationKind.TrainingProvider, "上海市质量教育培训中心（示例）", "91330101589882738D", "310104", cancellationToken);
        foreach (var (userName, displayName, role) in All)
        {
            if (await users.FindByNameAsync(userName) is not null)
            {
                continue;
            }

            var scope = role switch
            {
                StandardRoles.MunicipalRegulator => new DataScope(ScopeKind.MunicipalRegulator, JurisdictionCode: "310000"),
                StandardRoles.DistrictRegulator => new DataScope(ScopeKind.DistrictRegulator, JurisdictionCode: "310115"),
                StandardRoles.Auditor => new DataScope(ScopeKind.Auditor),
                StandardRoles.EnterpriseAdmin => enterprise.ScopeForMembers,
                StandardRoles.ProviderAdmin or StandardRoles.Trainer => provider.ScopeForMembers,
                _ => new DataScope(ScopeKind.Individual, enterprise.Id, enterprise.JurisdictionCode),
            };
            var user = new UserAccount(IdentitySeeder.DeterministicId("user", userName), userName, displayName, scope)
            {
                Email = $"{userName}@demo.cqo.local",
            };
            (await users.CreateAsync(user, Password)).ThrowIfFailed();
            (await users.AddToRoleAsync(user, role)).ThrowIfFailed();
        }
    }

    private static async Task<Organisation> OrganisationAsync(
        IdentityStoreDbContext db, OrganisationKind kind, string name, string uscc, string district, CancellationToken cancellationToken)
    {
        var existing = await db.Organisations.FirstOrDefaultAsync(o => o.Uscc == uscc, cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        var organisation = new Organisation(OrganisationIds.FromUscc(uscc), kind, name, uscc, district, district);
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync(cancellationToken);
        return organisation;
    }
}
