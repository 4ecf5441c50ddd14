using System.Security.Claims;
using Cqo.SharedKernel.Security;
using Microsoft.AspNetCore.Http;

namespace Cqo.Platform.Security;

/// <summary>
/// The principal of the current request or Blazor circuit; outside both, nobody (the system).
/// </summary>
internal sealed class HttpCurrentUser(IHttpContextAccessor http, CircuitPrincipal circuit) : ICurrentUser
{
    private ReadScope? _readScope;

    private ClaimsPrincipal? Principal => circuit.Principal ?? http.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public Guid? UserId => IsAuthenticated ? ScopeClaims.UserIdOf(Principal!) : null;

    public string? UserName => IsAuthenticated ? Principal!.Identity!.Name ?? Claim(CqoClaimTypes.Name) : null;

    public string? DisplayName => Claim(CqoClaimTypes.DisplayName) ?? UserName;

    public string? ClientId => UserId is null ? Claim(CqoClaimTypes.ClientId) : null;

    /// <summary>Read from the claims once per principal: every query's scope filter asks for it several times.</summary>
    public DataScope Scope
    {
        get
        {
            if (!IsAuthenticated)
            {
                return DataScope.System;
            }

            var principal = Principal!;
            var read = _readScope;
            if (read is null || !ReferenceEquals(read.Principal, principal))
            {
                _readScope = read = new ReadScope(principal, ScopeClaims.Read(principal));
            }

            return read.Scope;
        }
    }

    /// <summary>One object, replaced whole, so that a reader never pairs one principal with another's scope.</summary>
    private sealed record ReadScope(ClaimsPrincipal Principal, DataScope Scope);

    private string? Claim(string type) => IsAuthenticated ? Principal!.FindFirstValue(type) : null;
}
