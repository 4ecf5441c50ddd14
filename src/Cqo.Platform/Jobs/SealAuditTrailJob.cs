using Cqo.Platform.Auditing.Chain;
using Cqo.SharedKernel.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.Platform.Jobs;

/// <summary>
/// Every minute: seals the audit records written since the last run into the hash chain. Any number
/// of hosts may run it; the chain head's stamp lets one of them seal and the others leave.
/// </summary>
public sealed class SealAuditTrailJob(IServiceProvider services) : IRecurringJob
{
    public const string Id = "platform:seal-audit-trail";
    public const string Cron = "* * * * *";

    public Task RunAsync(CancellationToken cancellationToken) =>
        services.GetRequiredService<AuditTrailSealer>().SealAsync(cancellationToken);
}
