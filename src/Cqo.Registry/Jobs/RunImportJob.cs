using Cqo.Registry.Application.Imports;
using Cqo.SharedKernel.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.Registry.Jobs;

/// <summary>
/// Runs one import batch (its id is the argument): validates the file's rows, then stores the good
/// ones. A second run of the same batch starts it again from the first row, or does nothing once it is finished.
/// </summary>
public sealed class RunImportJob(IServiceProvider services) : IQueuedJob
{
    public Task RunAsync(Guid argument, CancellationToken cancellationToken) =>
        services.GetRequiredService<RunImportHandler>().RunAsync(argument, cancellationToken);
}
