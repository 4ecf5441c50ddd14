using Cqo.Certification.Contracts;
using Cqo.Oversight.Domain;
using Cqo.Registry.Contracts;
using Cqo.SharedKernel.Events;
using Cqo.Training.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Cqo.Oversight.Application.Facts;

/// <summary>
/// Copies every record of every module again, enterprises first, in pages: the backfill when
/// oversight meets existing data, and the repair if a change ever bypassed the outbox. Writes are
/// the same upserts events make, so running it beside them is safe. Each page gets a fresh scope so
/// the change tracker stays small.
/// </summary>
internal sealed class RebuildFacts(IServiceScopeFactory scopes, ILogger<RebuildFacts> logger)
{
    public const int PageSize = 1000;

    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var total = await CopyAllAsync<EnterpriseFact>(
            (services, page) => services.GetRequiredService<FactStore>().RefreshEnterprisesAsync(page, cancellationToken), cancellationToken);
        total += await CopyAllAsync<FilingFact, FiledAppointment, FilingFacts>(cancellationToken);
        total += await CopyAllAsync<EnrolmentFact, TrainingPlace, EnrolmentFacts>(cancellationToken);
        total += await CopyAllAsync<CertificateFact, HeldCertificate, CertificateFacts>(cancellationToken);
        total += await CopyAllAsync<CreditFact, LoggedCredit, CreditFacts>(cancellationToken);
        logger.LogInformation("Rebuilt the oversight fact store from {Records} records", total);
        return total;
    }

    private Task<int> CopyAllAsync<TSource, TRow, TKind>(CancellationToken cancellationToken)
        where TSource : IFact
        where TRow : Fact
        where TKind : FactKind<TSource, TRow> =>
        CopyAllAsync<TSource>(
            (services, page) => services.GetRequiredService<FactStore>().WriteAsync(services.GetRequiredService<TKind>(), page, cancellationToken),
            cancellationToken);

    private async Task<int> CopyAllAsync<TSource>(Func<IServiceProvider, IReadOnlyList<TSource>, Task> write, CancellationToken cancellationToken)
        where TSource : IFact
    {
        var count = 0;
        Guid? after = null;
        while (true)
        {
            using var scope = scopes.CreateScope();
            var page = await scope.ServiceProvider.GetRequiredService<IFactFeed<TSource>>().PageAsync(after, PageSize, cancellationToken);
            if (page.Count == 0)
            {
                return count;
            }

            await write(scope.ServiceProvider, page);
            count += page.Count;
            after = page[^1].Id;
        }
    }
}
