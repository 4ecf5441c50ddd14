using Cqo.Oversight.Application.Exports;
using Cqo.SharedKernel.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.Oversight.Jobs;

/// <summary>Every hour at :20: background exports past retention go with their files; abandoned ones end as failed.</summary>
public sealed class PruneExportsJob(IServiceProvider services) : IRecurringJob
{
    public const string Id = "oversight:prune-exports";
    public const string Cron = "20 * * * *";

    public Task RunAsync(CancellationToken cancellationToken) =>
        services.GetRequiredService<PruneExports>().RunAsync(cancellationToken);
}
