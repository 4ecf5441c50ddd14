using Cqo.Platform.Auditing.Chain;
using Cqo.SharedKernel.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.Platform.Jobs;

/// <summary>
/// Daily at 04:30 Shanghai time (after the 03:30 prune): recomputes the audit chain from its anchor to
/// its head and stores the result, which the oversight pages and API show; a break is also logged as an error.
/// </summary>
public sealed class VerifyAuditTrailJob(IServiceProvider services) : IRecurringJob
{
    public const string Id = "platform:verify-audit-trail";
    public const string Cron = "30 4 * * *";

    public Task RunAsync(CancellationToken cancellationToken) =>
        services.GetRequiredService<AuditChainVerifier>().VerifyAsync(null, cancellationToken);
}
