using Cqo.Oversight.Application.Exports;
using Cqo.SharedKernel.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.Oversight.Jobs;

/// <summary>
/// Runs one background export (its id is the argument) as its owner and stores the file. A second run
/// of the same export starts it again from the first row, or does nothing once it is finished.
/// </summary>
public sealed class RunExportJob(IServiceProvider services) : IQueuedJob
{
    public Task RunAsync(Guid argument, CancellationToken cancellationToken) =>
        services.GetRequiredService<RunExport>().RunAsync(argument, cancellationToken);
}
