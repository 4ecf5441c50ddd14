using System.Security.Claims;
using Cqo.SharedKernel.Security;
using Microsoft.AspNetCore.Http;

namespace Cqo.Platform.Security;

/// <summary>
/// The principal of the current request or Blazor circuit; outside both, nobody (the system).
/// </summary>
internal sealed class HttpCurrentUser(IHttpContextAccessor http, CircuitPrincipal circuit) : ICurrentUser
{
    private ClaimsPrincipal? Principal => circuit.Principal ?? http.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public Guid? UserId => IsAuthenticated ? ScopeClaims.UserIdOf(Principal!) : null;

    public string? UserName => IsAuthenticated ? Principal!.Identity!.Name ?? Claim(CqoClaimTypes.Name) : null;

    public string? ClientId => UserId is null ? Claim(CqoClaimTypes.ClientId) : null;

    public DataScope Scope => IsAuthenticated ? ScopeClaims.Read(Principal!) : DataScope.System;

    private string? Claim(string type) => IsAuthenticated ? Principal!.FindFirstValue(type) : null;
}
