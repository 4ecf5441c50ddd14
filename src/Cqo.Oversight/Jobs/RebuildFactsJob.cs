using Cqo.Oversight.Application.Facts;
using Cqo.SharedKernel.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.Oversight.Jobs;

/// <summary>Sundays at 02:30 Shanghai time, and on demand: every fact is copied again from its module (ADR 16).</summary>
public sealed class RebuildFactsJob(IServiceProvider services) : IRecurringJob
{
    public const string Id = "oversight:rebuild-facts";
    public const string Cron = "30 2 * * 0";

    public Task RunAsync(CancellationToken cancellationToken) =>
        services.GetRequiredService<RebuildFacts>().RunAsync(cancellationToken);
}
