using Cqo.SharedKernel.Security;

namespace Cqo.Identity.Contracts;

/// <summary>
/// Accounts as other modules may reach them (notifications addresses reminders by them): name,
/// e-mail, language and where the account acts. Only approved accounts that are not locked out,
/// except for the names a trail shows.
/// </summary>
public interface IUserDirectory
{
    /// <summary>The accounts among <paramref name="userIds"/>.</summary>
    Task<IReadOnlyList<UserContact>> FindAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken);

    /// <summary>
    /// The display names of the accounts among <paramref name="userIds"/> the caller's scope sees,
    /// whatever their state (pending, locked): a trail names who acted, even after an account is locked.
    /// Ids of no account are left out.
    /// </summary>
    Task<IReadOnlyDictionary<Guid, string>> DisplayNamesAsync(IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken);

    /// <summary>
    /// The accounts of <paramref name="kind"/> holding <paramref name="role"/>, limited to the given
    /// organisations or regulator units when those are given.
    /// </summary>
    Task<IReadOnlyList<UserContact>> FindMembersAsync(
        ScopeKind kind,
        string role,
        IReadOnlyCollection<Guid>? organisationIds,
        IReadOnlyCollection<string>? jurisdictionCodes,
        CancellationToken cancellationToken);
}

/// <summary>An account as a message addresses it; <see cref="Culture"/> is zh-CN unless the account chose en.</summary>
public sealed record UserContact(Guid Id, string DisplayName, string? Email, string Culture, Guid? OrganisationId, string? JurisdictionCode);
