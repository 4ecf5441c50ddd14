using Cqo.Host.Components.Admin;
using Cqo.Registry.Contracts;
using Cqo.SharedKernel.Errors;
using Cqo.SharedKernel.Security;
using MudBlazor;

namespace Cqo.Host.Components.Registry;

/// <summary>
/// What the registry components share on top of <see cref="AdminComponentBase"/> (a DI scope per call,
/// failures as field errors and a snackbar): texts under <c>Ui:Registry.*</c>, permission checks in
/// one go, reloading after a conflict, and the reason dialog that confirms destructive steps.
/// </summary>
public abstract class RegistryComponentBase : AdminComponentBase
{
    protected override string TextPrefix => "Ui:Registry.";

    /// <summary>Runs <paramref name="work"/> on a service from a fresh scope acting as the signed-in user.</summary>
    protected Task<TResult> UseAsync<TService, TResult>(Func<TService, Task<TResult>> work)
        where TService : notnull =>
        InScopeAsync(services => work(services.GetRequiredService<TService>()));

    /// <summary>The signed-in user's data scope (kind, organisation, jurisdiction).</summary>
    protected Task<DataScope> CallerScopeAsync() =>
        InScopeAsync(services => Task.FromResult(services.GetRequiredService<ICurrentUser>().Scope));

    /// <summary>Which of <paramref name="permissions"/> the signed-in user holds.</summary>
    protected Task<HashSet<string>> GrantedAsync(params string[] permissions) =>
        InScopeAsync(async services =>
        {
            var checker = services.GetRequiredService<IPermissionChecker>();
            var granted = new HashSet<string>(StringComparer.Ordinal);
            foreach (var permission in permissions)
            {
                if (await checker.IsGrantedAsync(permission))
                {
                    granted.Add(permission);
                }
            }

            return granted;
        });

    /// <summary>
    /// Runs a change as <see cref="AdminComponentBase.TryAsync"/> does. When the record moved on
    /// meanwhile (a stale concurrency stamp, a step someone else took, a record gone), the conflict
    /// message is shown and <paramref name="reload"/> fetches what is there now.
    /// </summary>
    protected async Task<bool> ChangeAsync(Func<IServiceProvider, Task> work, string? success, Func<Task> reload)
    {
        if (await TryAsync(work, success))
        {
            return true;
        }

        if (LastErrorKind is ErrorKind.Conflict or ErrorKind.NotFound)
        {
            await reload();
        }

        return false;
    }

    /// <summary>
    /// Asks for a reason or comment before a step (the dialog is the confirmation); null when cancelled.
    /// A <paramref name="required"/> reason cannot be left blank.
    /// </summary>
    protected async Task<string?> AskReasonAsync(
        string title, string message, bool required, string confirmText, Color color = Color.Error, string? label = null, int maxLength = RegistryLimits.CommentMaxLength)
    {
        var parameters = new DialogParameters<ReasonDialog>
        {
            { d => d.Message, message },
            // The dialog's own labels, whichever module's page asks (T() would look under that module's prefix).
            { d => d.Label, label ?? Texts[required ? "Ui:Registry.Common.ReasonRequired" : "Ui:Registry.Common.CommentOptional"] },
            { d => d.Required, required },
            { d => d.ConfirmText, confirmText },
            { d => d.Color, color },
            { d => d.MaxLength, maxLength },
        };
        var dialog = await Dialogs.ShowAsync<ReasonDialog>(title, parameters, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        var result = await dialog.Result;
        return result is { Canceled: false, Data: string text } ? text : null;
    }
}
