namespace Cqo.SharedKernel.Errors;

/// <summary>
/// An expected failure that a client can act on. The HTTP layer turns it into an RFC 9457 problem
/// response with <see cref="Code"/>, a localized title, <see cref="Exception.Message"/> as detail
/// and <see cref="Errors"/> per field.
/// </summary>
public abstract class CqoException(
    ErrorKind kind,
    string code,
    string detail,
    IReadOnlyDictionary<string, string[]>? errors = null) : Exception(detail)
{
    public ErrorKind Kind { get; } = kind;

    public string Code { get; } = code;

    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors ?? new Dictionary<string, string[]>();
}
