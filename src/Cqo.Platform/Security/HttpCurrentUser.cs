using System.Security.Claims;
using Cqo.SharedKernel.Security;
using Microsoft.AspNetCore.Http;

namespace Cqo.Platform.Security;

/// <summary>The signed-in principal of the current request; outside a request, nobody (the system).</summary>
internal sealed class HttpCurrentUser(IHttpContextAccessor http) : ICurrentUser
{
    private ClaimsPrincipal? Principal => http.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public Guid? UserId =>
        IsAuthenticated && Guid.TryParse(Principal!.FindFirstValue("sub") ?? Principal!.FindFirstValue(ClaimTypes.NameIdentifier), out var id)
            ? id
            : null;

    public string? UserName => IsAuthenticated ? Principal!.Identity!.Name : null;
}
