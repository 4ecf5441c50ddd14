using Cqo.Certification.Contracts;
using Cqo.SharedKernel.Security;

namespace Cqo.Certification.Domain;

/// <summary>One step in a certificate's history; the history is never rewritten.</summary>
internal sealed class CertificateChange
{
    public CertificateChange(CertificateChangeKind kind, CertificateStatus status, DateTimeOffset at, string? reason, string? evidence, Actor? by)
    {
        Kind = kind;
        Status = status;
        At = at;
        Reason = reason;
        Evidence = evidence;
        ByUserId = by?.UserId;
        ByName = by?.Name;
    }

    private CertificateChange() { }

    public int Id { get; private set; }

    public CertificateChangeKind Kind { get; private set; }

    /// <summary>The certificate's status from this step on.</summary>
    public CertificateStatus Status { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string? Reason { get; private set; }

    public string? Evidence { get; private set; }

    public Guid? ByUserId { get; private set; }

    public string? ByName { get; private set; }

    public CertificateChangeDto ToDto() => new(Kind, Status, At, Reason, Evidence, ByName);
}

/// <summary>Who took a step: a user, or the system (a job) when null.</summary>
internal sealed record Actor(Guid? UserId, string? Name)
{
    /// <summary>The signed-in caller, by the name they are shown under.</summary>
    public static Actor Of(ICurrentUser user) => new(user.UserId, user.DisplayName ?? user.UserName);
}
