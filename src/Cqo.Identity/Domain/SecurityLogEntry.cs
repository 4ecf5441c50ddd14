using Cqo.Identity.Contracts;
using Cqo.SharedKernel.Domain;
using Cqo.SharedKernel.Security;

namespace Cqo.Identity.Domain;

/// <summary>One security event: who, what, when, from where. Written on its own, never rolled back.</summary>
internal sealed class SecurityLogEntry : IAuditIgnored, IDataScoped
{
    public const int DetailMaxLength = 500;
    public const int UserAgentMaxLength = 512;

    public Guid Id { get; init; }

    public DateTimeOffset At { get; init; }

    public SecurityAction Action { get; init; }

    public Guid? UserId { get; init; }

    public string? UserName { get; init; }

    public string? ClientId { get; init; }

    public string? IpAddress { get; init; }

    public string? UserAgent { get; init; }

    public string? Detail { get; init; }

    public Guid? OrganisationId { get; init; }

    public string? JurisdictionCode { get; init; }

    /// <summary>The account the event is about; its owner sees it.</summary>
    public Guid? OwnerUserId { get; init; }
}
