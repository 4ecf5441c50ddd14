namespace Cqo.SharedKernel.Domain;

/// <summary>An entity identified by a Guid that the application assigns (never the database).</summary>
public abstract class Entity
{
    protected Entity(Guid id) => Id = id;

    protected Entity() { }

    public Guid Id { get; protected set; }
}
