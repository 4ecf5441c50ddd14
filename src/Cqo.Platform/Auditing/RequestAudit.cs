using Cqo.SharedKernel.Domain;

namespace Cqo.Platform.Auditing;

/// <summary>A state-changing request: who sent it, from where, what it hit and how it ended.</summary>
public sealed class RequestAudit : Entity, IAuditIgnored
{
    public const int MethodMaxLength = 10;
    public const int PathMaxLength = 500;
    public const int UserAgentMaxLength = 500;

    public RequestAudit(Guid id, DateTimeOffset at, Guid? userId, string method, string path, int statusCode, long durationMs, string? ipAddress, string? userAgent, string correlationId)
        : base(id)
    {
        At = at;
        UserId = userId;
        Method = Truncate(method, MethodMaxLength)!;
        Path = Truncate(path, PathMaxLength)!;
        StatusCode = statusCode;
        DurationMs = durationMs;
        IpAddress = ipAddress;
        UserAgent = Truncate(userAgent, UserAgentMaxLength);
        CorrelationId = correlationId;
    }

    public DateTimeOffset At { get; private set; }

    public Guid? UserId { get; private set; }

    public string Method { get; private set; }

    public string Path { get; private set; }

    public int StatusCode { get; private set; }

    public long DurationMs { get; private set; }

    public string? IpAddress { get; private set; }

    public string? UserAgent { get; private set; }

    public string CorrelationId { get; private set; }

    /// <summary>Its place in the audit chain; null until the sealing job reaches it.</summary>
    public long? ChainSequence { get; private set; }

    /// <summary>SHA-256 (hex) over the previous record's hash and this record's canonical form; null until sealed.</summary>
    public string? ChainHash { get; private set; }

    internal void Seal(long sequence, string hash) => (ChainSequence, ChainHash) = (sequence, hash);

    private static string? Truncate(string? value, int max) => value is { Length: > 0 } && value.Length > max ? value[..max] : value;
}
