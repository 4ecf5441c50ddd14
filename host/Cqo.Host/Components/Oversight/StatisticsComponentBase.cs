using Cqo.Host.Components.Admin;
using Cqo.Host.Components.Registry;
using Cqo.Oversight.Application.Figures;
using Cqo.Oversight.Contracts;

namespace Cqo.Host.Components.Oversight;

/// <summary>
/// The registry components' helpers (a scope per call, permission checks, field errors and a snackbar) with texts under
/// <c>Ui:Oversight.*</c>, the figures' definitions, and reads whose refusal is shown on the page.
/// </summary>
public abstract class StatisticsComponentBase : RegistryComponentBase
{
    protected override string TextPrefix => "Ui:Oversight.";

    /// <summary>Why the last <see cref="ReadAsync"/> showed nothing (a bad period key, a breakdown the figure lacks); null after a success.</summary>
    protected string? ReadError { get; private set; }

    /// <summary>Every figure's name, definition, unit and breakdowns, in the UI language.</summary>
    protected Task<IReadOnlyList<FigureDefinitionDto>> DefinitionsAsync() =>
        UseAsync<FigureTables, IReadOnlyList<FigureDefinitionDto>>(tables => Task.FromResult(tables.Definitions()));

    /// <summary>
    /// Reads through a service; a refused query is kept in <see cref="ReadError"/> (with its field errors) and answers
    /// default instead of throwing into the circuit. The URL a user typed or kept may hold anything.
    /// </summary>
    protected async Task<T?> ReadAsync<T>(Func<IServiceProvider, Task<T>> read)
    {
        T? result = default;
        ReadError = null;
        if (await TryAsync(async services => result = await read(services)))
        {
            return result;
        }

        ReadError = FieldErrors.Count > 0 ? string.Join(" ", FieldErrors.Values.SelectMany(m => m).Distinct()) : Texts.Admin("Common.Failed");
        return default;
    }
}
