using Cqo.Certification.Application.Expiry;
using Cqo.SharedKernel.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.Certification.Jobs;

/// <summary>Daily at midnight Shanghai time: certificates past their last day of validity expire.</summary>
public sealed class ExpireCertificatesJob(IServiceProvider services) : IRecurringJob
{
    public const string Id = "certification:expire-certificates";
    public const string Cron = "0 0 * * *";

    public Task RunAsync(CancellationToken cancellationToken) =>
        services.GetRequiredService<ExpireCertificates>().RunAsync(cancellationToken);
}
