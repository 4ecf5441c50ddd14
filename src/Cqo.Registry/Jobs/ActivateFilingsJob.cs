using Cqo.Registry.Application.Filings;
using Cqo.SharedKernel.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.Registry.Jobs;

/// <summary>
/// Daily at 00:05 Shanghai time: appointments whose announcement window closed without a pending
/// objection become active; appointments past their term end.
/// </summary>
public sealed class ActivateFilingsJob(IServiceProvider services) : IRecurringJob
{
    public const string Id = "registry:activate-filings";
    public const string Cron = "5 0 * * *";

    public Task RunAsync(CancellationToken cancellationToken) =>
        services.GetRequiredService<FilingActivation>().RunAsync(cancellationToken);
}
