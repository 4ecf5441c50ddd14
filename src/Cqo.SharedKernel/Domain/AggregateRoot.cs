namespace Cqo.SharedKernel.Domain;

/// <summary>
/// The unit of consistency: carries a concurrency stamp, renewed on every save, and who created and
/// last modified it. Both are maintained by the persistence layer, never by use cases.
/// </summary>
public abstract class AggregateRoot : Entity, IHasConcurrencyStamp, IAudited
{
    protected AggregateRoot(Guid id) : base(id) { }

    protected AggregateRoot() { }

    public Guid ConcurrencyStamp { get; set; } = Guid.NewGuid();

    public DateTimeOffset CreatedAt { get; set; }

    public Guid? CreatedBy { get; set; }

    public DateTimeOffset? ModifiedAt { get; set; }

    public Guid? ModifiedBy { get; set; }
}
