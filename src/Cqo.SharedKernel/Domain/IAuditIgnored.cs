namespace Cqo.SharedKernel.Domain;

/// <summary>Entities whose changes are not written to the entity-change trail (the trail itself, logs).</summary>
public interface IAuditIgnored;
