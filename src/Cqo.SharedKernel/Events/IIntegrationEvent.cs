namespace Cqo.SharedKernel.Events;

/// <summary>
/// A fact one module tells the others (a course passed, a filing approved), declared as a record in
/// the publishing module's Contracts. It carries ids and plain values only, because it is stored as
/// JSON and read back later, possibly by a newer build: add properties rather than rename or remove them.
/// </summary>
public interface IIntegrationEvent
{
    /// <summary>
    /// The name stored with each message, e.g. <c>training.course-passed</c>. It is what the outbox
    /// matches handlers by, so it must never change once published, whatever the type is called later.
    /// </summary>
    static abstract string EventName { get; }
}
