using System.Security.Claims;
using Cqo.Identity.Domain;
using Cqo.Platform.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Cqo.Identity.Infrastructure.Accounts;

/// <summary>Sign-in principals carry the account's scope; permissions are looked up, never carried.</summary>
internal sealed class CqoClaimsFactory(UserManager<UserAccount> users, RoleManager<Role> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<UserAccount, Role>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(UserAccount user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaims(ScopeClaims.For(user.Scope));
        identity.AddClaim(new Claim(CqoClaimTypes.DisplayName, user.DisplayName));
        return identity;
    }
}
