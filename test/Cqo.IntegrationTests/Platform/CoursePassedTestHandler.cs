using Cqo.SharedKernel.Events;
using Cqo.Training.Contracts;

namespace Cqo.IntegrationTests.Platform;

/// <summary>
/// Stands in for certification hearing of a pass: the first call for each enrolment fails, a later
/// one issues the certificate. The probe counts the calls under this handler and the issued
/// certificates under <see cref="CertificateIssued"/>, by enrolment.
/// </summary>
internal sealed class FlakyCertificateIssuer(OutboxProbe probe) : IIntegrationEventHandler<CoursePassed>
{
    public Task HandleAsync(CoursePassed integrationEvent, CancellationToken cancellationToken)
    {
        if (probe.Record<FlakyCertificateIssuer>(integrationEvent.EnrolmentId, integrationEvent) == 1)
        {
            throw new InvalidOperationException("first call fails");
        }

        probe.Record<CertificateIssued>(integrationEvent.EnrolmentId, integrationEvent);
        return Task.CompletedTask;
    }
}

/// <summary>What <see cref="FlakyCertificateIssuer"/> does when it succeeds, as the probe counts it.</summary>
internal sealed class CertificateIssued;
