using System.Security.Claims;
using System.Text.Encodings.Web;
using Cqo.Identity.Infrastructure.Permissions;
using Cqo.Platform.Security;
using Cqo.SharedKernel.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Cqo.IntegrationTests.Infrastructure;

/// <summary>
/// Signs a test request in as the user named by the <c>X-Test-User</c> header, holding the
/// permissions listed in <c>X-Test-Permissions</c>, with the scope in <c>X-Test-Scope</c>
/// (<c>Kind[:organisationId[:jurisdiction]]</c>; Platform by default). It lets tests reach any
/// authorization cell quickly; the identity tests sign in for real through OAuth instead.
/// </summary>
internal sealed class TestAuthenticationHandler(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "Test";
    public const string UserHeader = "X-Test-User";
    public const string PermissionsHeader = "X-Test-Permissions";
    public const string ScopeHeader = "X-Test-Scope";
    public const string PermissionClaim = "test:permission";

    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(UserHeader, out var user))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var claims = new List<Claim> { new(CqoClaimTypes.Subject, user.ToString()), new(CqoClaimTypes.Name, $"test-{user}") };
        claims.AddRange(Request.Headers[PermissionsHeader].ToString()
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => new Claim(PermissionClaim, p)));
        claims.AddRange(ScopeClaims.For(ParseScope(Request.Headers[ScopeHeader].ToString())));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName, CqoClaimTypes.Name, CqoClaimTypes.Role));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }

    private static DataScope ParseScope(string header)
    {
        if (string.IsNullOrEmpty(header))
        {
            return new DataScope(ScopeKind.Platform);
        }

        var parts = header.Split(':');
        return new DataScope(
            Enum.Parse<ScopeKind>(parts[0]),
            parts.Length > 1 && parts[1].Length > 0 ? Guid.Parse(parts[1]) : null,
            parts.Length > 2 ? parts[2] : null);
    }
}

/// <summary>Test principals hold the permissions their header names; real ones what the database grants.</summary>
internal sealed class TestPermissionChecker(Microsoft.AspNetCore.Http.IHttpContextAccessor http, GrantedPermissionChecker real) : IPermissionChecker
{
    public ValueTask<bool> IsGrantedAsync(string permission, CancellationToken cancellationToken = default)
    {
        var user = http.HttpContext?.User;
        if (user?.Identity?.AuthenticationType == TestAuthenticationHandler.SchemeName)
        {
            return ValueTask.FromResult(user.HasClaim(TestAuthenticationHandler.PermissionClaim, permission));
        }

        return real.IsGrantedAsync(permission, cancellationToken);
    }
}
