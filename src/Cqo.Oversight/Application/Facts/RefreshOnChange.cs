using Cqo.Certification.Contracts;
using Cqo.Registry.Contracts;
using Cqo.SharedKernel.Events;
using Cqo.Training.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.Oversight.Application.Facts;

/// <summary>Keeps the fact store current: each change event makes oversight copy that record again from its module.</summary>
internal sealed class RefreshOnChange(FactStore store, IServiceProvider services) :
    IIntegrationEventHandler<EnterpriseChanged>,
    IIntegrationEventHandler<FilingChanged>,
    IIntegrationEventHandler<EnrolmentChanged>,
    IIntegrationEventHandler<CertificateChanged>,
    IIntegrationEventHandler<CreditEntryChanged>
{
    public async Task HandleAsync(EnterpriseChanged integrationEvent, CancellationToken cancellationToken) =>
        await store.RefreshEnterprisesAsync(
            await services.GetRequiredService<IFactFeed<EnterpriseFact>>().FindAsync([integrationEvent.EnterpriseId], cancellationToken),
            cancellationToken);

    public Task HandleAsync(FilingChanged integrationEvent, CancellationToken cancellationToken) =>
        RefreshAsync<FilingFact, Domain.FiledAppointment, FilingFacts>(integrationEvent.FilingId, cancellationToken);

    public Task HandleAsync(EnrolmentChanged integrationEvent, CancellationToken cancellationToken) =>
        RefreshAsync<EnrolmentFact, Domain.TrainingPlace, EnrolmentFacts>(integrationEvent.EnrolmentId, cancellationToken);

    public Task HandleAsync(CertificateChanged integrationEvent, CancellationToken cancellationToken) =>
        RefreshAsync<CertificateFact, Domain.HeldCertificate, CertificateFacts>(integrationEvent.CertificateId, cancellationToken);

    public Task HandleAsync(CreditEntryChanged integrationEvent, CancellationToken cancellationToken) =>
        RefreshAsync<CreditFact, Domain.LoggedCredit, CreditFacts>(integrationEvent.CreditEntryId, cancellationToken);

    private Task RefreshAsync<TSource, TRow, TKind>(Guid id, CancellationToken cancellationToken)
        where TSource : IFact
        where TRow : Domain.Fact
        where TKind : FactKind<TSource, TRow> =>
        store.RefreshAsync(services.GetRequiredService<TKind>(), services.GetRequiredService<IFactFeed<TSource>>(), [id], cancellationToken);
}
