using Cqo.SharedKernel.Domain;
using Cqo.SharedKernel.Security;
using Cqo.Training.Contracts;

namespace Cqo.Training.Domain;

/// <summary>A trainer (讲师) of one provider; sessions name their trainer.</summary>
internal sealed class Trainer : AggregateRoot, IDataScoped
{
    public Trainer(Guid id, Guid providerId, TrainerProfile profile)
        : base(id)
    {
        ProviderId = providerId;
        Update(profile);
    }

    private Trainer() { }

    public Guid ProviderId { get; private set; }

    public string Name { get; private set; } = "";

    public string? Title { get; private set; }

    public string? Phone { get; private set; }

    public string? Email { get; private set; }

    /// <summary>An inactive trainer keeps their past sessions but cannot be given new ones.</summary>
    public bool Active { get; private set; }

    public Guid? OrganisationId => ProviderId;

    public string? JurisdictionCode => null;

    public Guid? OwnerUserId => null;

    public void Update(TrainerProfile profile)
    {
        Name = profile.Name;
        Title = profile.Title;
        Phone = profile.Phone;
        Email = profile.Email;
        Active = profile.Active;
    }

    public TrainerDto ToDto() => new(Id, ProviderId, Name, Title, Phone, Email, Active, ConcurrencyStamp);
}

internal sealed record TrainerProfile(string Name, string? Title, string? Phone, string? Email, bool Active);
