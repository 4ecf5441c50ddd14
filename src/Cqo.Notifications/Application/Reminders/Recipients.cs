using Cqo.Identity.Contracts;
using Cqo.Notifications.Contracts;
using Cqo.SharedKernel.Security;

namespace Cqo.Notifications.Application.Reminders;

/// <summary>
/// The accounts a batch of reminders reaches, looked up once per batch by audience: holders by id,
/// administrators by organisation, regulators by regulator unit.
/// </summary>
internal sealed class Recipients
{
    private readonly Dictionary<Guid, UserContact> _holders;
    private readonly ILookup<Guid?, UserContact> _enterpriseAdmins;
    private readonly ILookup<Guid?, UserContact> _providerAdmins;
    private readonly ILookup<string?, UserContact> _districtRegulators;
    private readonly IReadOnlyList<UserContact> _municipalRegulators;
    private readonly ReminderAudience _audiences;

    private Recipients(
        ReminderAudience audiences,
        IReadOnlyList<UserContact> holders,
        IReadOnlyList<UserContact> enterpriseAdmins,
        IReadOnlyList<UserContact> providerAdmins,
        IReadOnlyList<UserContact> districtRegulators,
        IReadOnlyList<UserContact> municipalRegulators)
    {
        _audiences = audiences;
        _holders = holders.ToDictionary(u => u.Id);
        _enterpriseAdmins = enterpriseAdmins.ToLookup(u => u.OrganisationId);
        _providerAdmins = providerAdmins.ToLookup(u => u.OrganisationId);
        _districtRegulators = districtRegulators.ToLookup(u => u.JurisdictionCode);
        _municipalRegulators = municipalRegulators;
    }

    public static async Task<Recipients> LoadAsync(IUserDirectory directory, ReminderAudience audiences, IReadOnlyList<ReminderParties> parties, CancellationToken cancellationToken)
    {
        List<Guid> Ids(ReminderAudience audience, Func<ReminderParties, Guid?> id) =>
            audiences.HasFlag(audience) ? [.. parties.Select(id).OfType<Guid>().Distinct()] : [];

        var holderIds = Ids(ReminderAudience.Holder, p => p.HolderUserId);
        var enterpriseIds = Ids(ReminderAudience.Enterprise, p => p.EnterpriseId);
        var providerIds = Ids(ReminderAudience.Provider, p => p.ProviderId);
        List<string> units = audiences.HasFlag(ReminderAudience.DistrictRegulator)
            ? [.. parties.Select(p => p.JurisdictionCode).OfType<string>().Distinct()]
            : [];

        return new Recipients(
            audiences,
            holderIds.Count == 0 ? [] : await directory.FindAsync(holderIds, cancellationToken),
            enterpriseIds.Count == 0 ? [] : await directory.FindMembersAsync(ScopeKind.Enterprise, StandardRoles.EnterpriseAdmin, enterpriseIds, null, cancellationToken),
            providerIds.Count == 0 ? [] : await directory.FindMembersAsync(ScopeKind.TrainingProvider, StandardRoles.ProviderAdmin, providerIds, null, cancellationToken),
            units.Count == 0 ? [] : await directory.FindMembersAsync(ScopeKind.DistrictRegulator, StandardRoles.DistrictRegulator, null, units, cancellationToken),
            audiences.HasFlag(ReminderAudience.MunicipalRegulator)
                ? await directory.FindMembersAsync(ScopeKind.MunicipalRegulator, StandardRoles.MunicipalRegulator, null, null, cancellationToken)
                : []);
    }

    /// <summary>Every account one reminder reaches, each once however many audiences name it.</summary>
    public IEnumerable<UserContact> AccountsFor(ReminderParties parties)
    {
        IEnumerable<UserContact> accounts = [];
        if (parties.HolderUserId is { } holder && _holders.TryGetValue(holder, out var contact))
        {
            accounts = accounts.Append(contact);
        }

        if (parties.EnterpriseId is not null)
        {
            accounts = accounts.Concat(_enterpriseAdmins[parties.EnterpriseId]);
        }

        if (parties.ProviderId is not null)
        {
            accounts = accounts.Concat(_providerAdmins[parties.ProviderId]);
        }

        if (parties.JurisdictionCode is not null)
        {
            accounts = accounts.Concat(_districtRegulators[parties.JurisdictionCode]);
        }

        return accounts.Concat(_municipalRegulators).DistinctBy(u => u.Id);
    }

    /// <summary>The organisations whose group chats one reminder reaches.</summary>
    public IEnumerable<Guid> OrganisationsFor(ReminderParties parties)
    {
        if (_audiences.HasFlag(ReminderAudience.Enterprise) && parties.EnterpriseId is { } enterprise)
        {
            yield return enterprise;
        }

        if (_audiences.HasFlag(ReminderAudience.Provider) && parties.ProviderId is { } provider && provider != parties.EnterpriseId)
        {
            yield return provider;
        }
    }
}
