using System.Globalization;
using Cqo.Certification;
using Cqo.Identity.Permissions;
using Cqo.Platform;
using Cqo.Platform.Localization;
using Cqo.Platform.Security.Permissions;
using Cqo.Reference;
using Cqo.SharedKernel.Security;

namespace Cqo.UnitTests.Identity;

public sealed class PermissionDefinitionTests
{
    private static readonly PermissionDefinitionManager s_definitions = new(
        [new PlatformPermissionDefinitions(), new IdentityPermissionDefinitions(), new ReferencePermissionDefinitions(), new CertificationPermissionDefinitions()]);

    private static readonly JsonStringLocalizer s_texts = new(
    [
        new LocalizationResource(typeof(PlatformServiceCollectionExtensions).Assembly),
        new LocalizationResource(typeof(ReferenceModule).Assembly),
        new LocalizationResource(typeof(Cqo.Identity.IdentityModule).Assembly),
        new LocalizationResource(typeof(CertificationModule).Assembly),
    ]);

    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en")]
    public void Every_group_and_permission_has_a_display_name_in_both_languages(string culture)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try
        {
            var keys = s_definitions.Groups.Select(g => g.DisplayNameKey).Concat(s_definitions.All.Select(p => p.DisplayNameKey));
            keys.Where(k => s_texts[k].ResourceNotFound).ShouldBeEmpty();
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void Default_grants_name_only_standard_roles_and_children_follow_their_parents()
    {
        s_definitions.All.SelectMany(p => p.DefaultRoles).Except(StandardRoles.All).ShouldBeEmpty();
        foreach (var child in s_definitions.All.Where(p => p.Parent is not null))
        {
            child.DefaultRoles.Except(child.Parent!.DefaultRoles).ShouldBeEmpty($"{child.Name} is granted where its parent is not");
        }
    }

    [Fact]
    public void A_permission_defined_twice_is_refused()
    {
        Should.Throw<InvalidOperationException>(() => new PermissionDefinitionManager([new IdentityPermissionDefinitions(), new IdentityPermissionDefinitions()]));
    }

    [Fact]
    public void The_tree_lists_parents_before_children()
    {
        var order = s_definitions.All.Select(p => p.Name).ToList();
        order.IndexOf("Identity.Users").ShouldBeLessThan(order.IndexOf("Identity.Users.Manage"));
        s_definitions.Find("Identity.Users.Manage")!.Parent!.Name.ShouldBe("Identity.Users");
    }
}
