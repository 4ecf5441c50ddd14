using Cqo.SharedKernel.Domain;
using Cqo.SharedKernel.Errors;
using Cqo.SharedKernel.Security;
using Cqo.Training.Contracts;

namespace Cqo.Training.Domain;

/// <summary>
/// A training provider (培训机构), identified by its USCC like every organisation, approved by the
/// municipal regulator before it may publish courses. Seen by its own accounts and city-wide scopes.
/// </summary>
internal sealed class Provider : AggregateRoot, IDataScoped
{
    public Provider(Guid id, string uscc, ProviderProfile profile)
        : base(id)
    {
        Uscc = uscc;
        Update(profile);
    }

    private Provider() { }

    public string Uscc { get; private set; } = "";

    public string Name { get; private set; } = "";

    public string DistrictCode { get; private set; } = "";

    public string? Address { get; private set; }

    public string ContactName { get; private set; } = "";

    public string ContactPhone { get; private set; } = "";

    public string? ContactEmail { get; private set; }

    public ProviderStatus Status { get; private set; }

    public string? ReviewComment { get; private set; }

    public DateTimeOffset? ReviewedAt { get; private set; }

    public Guid? ReviewedBy { get; private set; }

    public Guid? OrganisationId => Id;

    public string? JurisdictionCode => null;

    public Guid? OwnerUserId => null;

    public void Update(ProviderProfile profile)
    {
        Name = profile.Name;
        DistrictCode = profile.DistrictCode;
        Address = profile.Address;
        ContactName = profile.ContactName;
        ContactPhone = profile.ContactPhone;
        ContactEmail = profile.ContactEmail;
    }

    /// <summary>Approve or reject a pending (or rejected) provider; suspend or reinstate an approved one.</summary>
    public void Review(ProviderStatus decision, string? comment, Guid? reviewer, DateTimeOffset at)
    {
        var allowed = (Status, decision) switch
        {
            (ProviderStatus.Pending or ProviderStatus.Rejected, ProviderStatus.Approved or ProviderStatus.Rejected) => true,
            (ProviderStatus.Approved, ProviderStatus.Suspended) => true,
            (ProviderStatus.Suspended, ProviderStatus.Approved) => true,
            _ => false,
        };
        if (!allowed)
        {
            throw new ConflictException("training.provider_state", new ErrorMessage(
                "Training:ProviderStateForbids", new ErrorMessage($"ProviderStatus:{Status}"), new ErrorMessage($"ProviderStatus:{decision}")));
        }

        Status = decision;
        ReviewComment = comment;
        ReviewedBy = reviewer;
        ReviewedAt = at;
    }

    public ProviderDto ToDto() => new(
        Id, Uscc, Name, DistrictCode, Address, ContactName, ContactPhone, ContactEmail, Status, ReviewComment, ReviewedAt, CreatedAt, ConcurrencyStamp);
}

internal sealed record ProviderProfile(string Name, string DistrictCode, string? Address, string ContactName, string ContactPhone, string? ContactEmail);
