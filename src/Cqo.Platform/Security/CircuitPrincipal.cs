using System.Security.Claims;

namespace Cqo.Platform.Security;

/// <summary>
/// The signed-in principal of an interactive Blazor circuit, where there is no HTTP request to read
/// it from. The host sets it from the circuit's authentication state; elsewhere it stays null.
/// </summary>
public sealed class CircuitPrincipal
{
    public ClaimsPrincipal? Principal { get; set; }
}
