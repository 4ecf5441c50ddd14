using Cqo.Certification.Domain;
using Cqo.Registry.Contracts;
using Cqo.Training.Contracts;

namespace Cqo.Certification.Application;

/// <summary>Whom a pass names, as the registry knows them: the sponsor's district and regulator unit, the staff record's masked ID number.</summary>
internal sealed class PassHolders(IEnterpriseDirectory enterprises, IStaffDirectory staff)
{
    /// <summary>The holder of the pass, and the sponsoring enterprise's district when there is one.</summary>
    public async Task<(CertificateHolder Holder, string? SponsorDistrictCode)> OfAsync(CoursePassed passed, CancellationToken cancellationToken)
    {
        var enterprise = passed.SponsorId is { } sponsor ? (await enterprises.FindAsync([sponsor], cancellationToken)).SingleOrDefault() : null;
        var member = passed.PersonId is { } person ? (await staff.FindAsync([person], cancellationToken)).SingleOrDefault() : null;
        var holder = new CertificateHolder(
            passed.TraineeName, member?.IdNumberMasked, passed.TraineeUserId, passed.PersonId, passed.SponsorId, enterprise?.JurisdictionCode);
        return (holder, enterprise?.DistrictCode);
    }
}
