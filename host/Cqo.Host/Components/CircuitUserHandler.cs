using Cqo.Platform.Security;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Cqo.Host.Components;

/// <summary>
/// Interactive circuits have no HttpContext: this copies the circuit's signed-in principal into
/// <see cref="CircuitPrincipal"/> when the circuit opens and whenever its authentication state changes,
/// so <c>ICurrentUser</c>, permission checks and data scopes work inside components.
/// </summary>
internal sealed class CircuitUserHandler(AuthenticationStateProvider authentication, CircuitPrincipal principal)
    : CircuitHandler, IDisposable
{
    private bool _subscribed;

    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        authentication.AuthenticationStateChanged += OnAuthenticationStateChanged;
        _subscribed = true;
        principal.Principal = (await authentication.GetAuthenticationStateAsync()).User;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        Unsubscribe();
        return Task.CompletedTask;
    }

    public void Dispose() => Unsubscribe();

    private void OnAuthenticationStateChanged(Task<AuthenticationState> state) => _ = UpdateAsync(state);

    private async Task UpdateAsync(Task<AuthenticationState> state)
    {
        try
        {
            principal.Principal = (await state).User;
        }
        catch (InvalidOperationException)
        {
            principal.Principal = null;
        }
    }

    private void Unsubscribe()
    {
        if (_subscribed)
        {
            authentication.AuthenticationStateChanged -= OnAuthenticationStateChanged;
            _subscribed = false;
        }
    }
}
