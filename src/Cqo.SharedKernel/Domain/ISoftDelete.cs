namespace Cqo.SharedKernel.Domain;

/// <summary>
/// Removing such an entity marks it deleted instead; queries hide it unless they ask for deleted rows.
/// For records that other history points at.
/// </summary>
public interface ISoftDelete
{
    bool IsDeleted { get; set; }

    DateTimeOffset? DeletedAt { get; set; }

    Guid? DeletedBy { get; set; }
}
