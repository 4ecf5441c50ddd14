using System.Text.Json;
using Cqo.Platform.Localization;
using Cqo.Platform.Persistence;
using Cqo.Platform.Security;
using Cqo.SharedKernel.Errors;
using Cqo.SharedKernel.Security;
using FluentValidation;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using MudBlazor;
using Severity = MudBlazor.Severity;

namespace Cqo.Host.Components.Admin;

/// <summary>
/// What every administration component shares: each call to an application service runs in its own
/// DI scope carrying the circuit's principal, and failures become field errors and a snackbar.
/// </summary>
/// <remarks>
/// A circuit lives for hours; its own scoped DbContext would pile up tracked entities and throw when
/// two calls overlap (a grid reloading while a button is clicked). A scope per operation is what the
/// HTTP endpoints get too, so the services behave exactly as they do behind /api.
/// </remarks>
public abstract class AdminComponentBase : ComponentBase
{
    [Inject]
    private IServiceScopeFactory ScopeFactory { get; set; } = default!;

    [Inject]
    private AuthenticationStateProvider AuthenticationState { get; set; } = default!;

    [Inject]
    protected IStringLocalizer Texts { get; set; } = default!;

    [Inject]
    protected ISnackbar Snackbar { get; set; } = default!;

    [Inject]
    protected IDialogService Dialogs { get; set; } = default!;

    /// <summary>Field name (camelCase, as the API names it) → localized messages of the last failed call.</summary>
    protected Dictionary<string, string[]> FieldErrors { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The catalogue section of <see cref="T(string)"/>: <c>Ui:Admin.</c> here, <c>Ui:Registry.</c> on registry pages.</summary>
    protected virtual string TextPrefix => "Ui:Admin.";

    /// <summary>What kind of failure the last <see cref="TryAsync"/> met (null after a success): conflicts call for a reload.</summary>
    protected ErrorKind? LastErrorKind { get; private set; }

    /// <summary>The stable code of the last failure (<c>concurrency_conflict</c> for a stale stamp), as the API would answer.</summary>
    protected string? LastErrorCode { get; private set; }

    protected string T(string key) => Texts[TextPrefix + key];

    protected string T(string key, params object[] args) => Texts[TextPrefix + key, args];

    protected bool HasError(string field) => FieldErrors.ContainsKey(field);

    protected string? ErrorOf(string field) => FieldErrors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    protected string RoleName(string role)
    {
        var text = Texts[$"Role:{role}"];
        return text.ResourceNotFound ? role : text.Value;
    }

    protected Task<bool> IsGrantedAsync(string permission) =>
        InScopeAsync(services => services.GetRequiredService<IPermissionChecker>().IsGrantedAsync(permission).AsTask());

    /// <summary>Runs <paramref name="work"/> with services from a fresh scope that acts as the signed-in user.</summary>
    protected async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        var user = (await AuthenticationState.GetAuthenticationStateAsync()).User;
        await using var scope = ScopeFactory.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CircuitPrincipal>().Principal = user;
        return await work(scope.ServiceProvider);
    }

    /// <summary>
    /// Runs a change; on a validation, not-found or conflict failure fills <see cref="FieldErrors"/>,
    /// shows the message and answers false instead of throwing into the circuit.
    /// </summary>
    protected async Task<bool> TryAsync(Func<IServiceProvider, Task> work, string? success = null)
    {
        FieldErrors.Clear();
        (LastErrorKind, LastErrorCode) = (null, null);
        try
        {
            await InScopeAsync(async services =>
            {
                await work(services);
                return true;
            });
        }
        catch (ValidationException e)
        {
            (LastErrorKind, LastErrorCode) = (ErrorKind.Validation, ErrorCodes.ValidationFailed);
            ShowValidation(e.Errors.Select(f => (f.PropertyName, f.ErrorMessage)));
            return false;
        }
        catch (DbUpdateConcurrencyException)
        {
            // A stale concurrency stamp: someone else saved the record since it was read (409 behind /api).
            (LastErrorKind, LastErrorCode) = (ErrorKind.Conflict, ErrorCodes.ConcurrencyConflict);
            Snackbar.Add(Localize(new ErrorMessage("Error:ConcurrencyDetail")), Severity.Error);
            return false;
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            // The same key saved in parallel, after the handler's own check (409 behind /api).
            (LastErrorKind, LastErrorCode) = (ErrorKind.Conflict, ErrorCodes.Conflict);
            Snackbar.Add(Localize(new ErrorMessage("Error:UniqueDetail")), Severity.Error);
            return false;
        }
        catch (CqoException e)
        {
            (LastErrorKind, LastErrorCode) = (e.Kind, e.Code);
            foreach (var (field, messages) in e.Errors)
            {
                FieldErrors[field] = [.. messages.Select(Localize)];
            }

            var detail = e.Errors.Count > 0 ? string.Join(" ", FieldErrors.Values.SelectMany(m => m)) : Localize(e.Detail);
            Snackbar.Add(detail, Severity.Error);
            return false;
        }

        if (success is not null)
        {
            Snackbar.Add(success, Severity.Success);
        }

        return true;
    }

    /// <summary>The validator the API would run, run first so mistakes show next to the fields without a round trip.</summary>
    protected async Task<bool> ValidateAsync<TRequest>(TRequest request)
    {
        FieldErrors.Clear();
        var result = await InScopeAsync(services => services.GetRequiredService<IValidator<TRequest>>().ValidateAsync(request));
        if (result.IsValid)
        {
            return true;
        }

        ShowValidation(result.Errors.Select(f => (f.PropertyName, f.ErrorMessage)));
        return false;
    }

    protected string Localize(ErrorMessage message) => Texts.Localize(message);

    protected async Task<bool> ConfirmAsync(string message)
    {
        var answer = await Dialogs.ShowMessageBoxAsync(
            Texts.Admin("Common.Confirm"), message, yesText: Texts.Admin("Common.Confirm"), cancelText: Texts.Admin("Common.Cancel"));
        return answer == true;
    }

    private void ShowValidation(IEnumerable<(string Field, string Message)> failures)
    {
        foreach (var group in failures.GroupBy(f => FieldName(f.Field), StringComparer.OrdinalIgnoreCase))
        {
            FieldErrors[group.Key] = [.. group.Select(f => f.Message).Distinct()];
        }

        Snackbar.Add(string.Join(" ", FieldErrors.Values.SelectMany(m => m)), Severity.Error);
    }

    // "Scope.Kind" and "scope.kind" must meet the same field.
    private static string FieldName(string propertyName) =>
        string.Join('.', propertyName.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));
}
