namespace Cqo.SharedKernel.Domain;

/// <summary>A stale stamp on update means someone else saved first: the update fails with 409.</summary>
public interface IHasConcurrencyStamp
{
    Guid ConcurrencyStamp { get; set; }
}
