namespace Cqo.SharedKernel.Domain;

/// <summary>Creation and modification facts, filled in on save from the clock and the current user.</summary>
public interface IAudited
{
    DateTimeOffset CreatedAt { get; set; }

    Guid? CreatedBy { get; set; }

    DateTimeOffset? ModifiedAt { get; set; }

    Guid? ModifiedBy { get; set; }
}
