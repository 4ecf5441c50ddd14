namespace Cqo.SharedKernel.Security;

/// <summary>
/// A row whose visibility follows the caller's <see cref="DataScope"/>. Every module context filters
/// such rows by the caller's scope, so a row outside it is simply not found (404).
/// </summary>
public interface IDataScoped
{
    /// <summary>The enterprise or training provider the row belongs to.</summary>
    Guid? OrganisationId { get; }

    /// <summary>
    /// A second organisation that shares the row and sees it as its own: an enrolment belongs to the
    /// provider running the course and to the enterprise sponsoring the trainee.
    /// </summary>
    Guid? SecondOrganisationId => null;

    /// <summary>The regulator unit whose jurisdiction the row falls under.</summary>
    string? JurisdictionCode { get; }

    /// <summary>The user account the row is about (the officer's own records).</summary>
    Guid? OwnerUserId { get; }
}
