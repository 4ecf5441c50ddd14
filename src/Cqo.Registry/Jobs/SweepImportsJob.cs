using Cqo.Registry.Application.Imports;
using Cqo.SharedKernel.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.Registry.Jobs;

/// <summary>Every 10 minutes: import batches left unfinished end as failed and their files are deleted.</summary>
public sealed class SweepImportsJob(IServiceProvider services) : IRecurringJob
{
    public const string Id = "registry:sweep-imports";
    public const string Cron = "*/10 * * * *";

    public Task RunAsync(CancellationToken cancellationToken) =>
        services.GetRequiredService<SweepImportsHandler>().RunAsync(cancellationToken);
}
