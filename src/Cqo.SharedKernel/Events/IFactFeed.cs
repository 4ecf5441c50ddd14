namespace Cqo.SharedKernel.Events;

/// <summary>A record's current state as another module keeps a copy of it, identified by the record's id.</summary>
public interface IFact
{
    Guid Id { get; }
}

/// <summary>
/// The current state of one kind of record, for a module that keeps a copy: by id after a change
/// event, and all of them in id order for a rebuild. Read as the system (unscoped); the reader is
/// responsible for scoping what it shows.
/// </summary>
public interface IFactFeed<TFact>
    where TFact : IFact
{
    /// <summary>The facts of <paramref name="ids"/> that exist; a deleted record is simply absent.</summary>
    Task<IReadOnlyList<TFact>> FindAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="take"/> facts whose id sorts after <paramref name="afterId"/> (from the first when null), in id order.</summary>
    Task<IReadOnlyList<TFact>> PageAsync(Guid? afterId, int take, CancellationToken cancellationToken);
}
