namespace Cqo.SharedKernel.Errors;

/// <summary>
/// An expected failure that a client can act on. The HTTP layer turns it into an RFC 9457 problem
/// response with <see cref="Code"/>, a localized title, <see cref="Detail"/> as detail and
/// <see cref="Errors"/> per field, all in the caller's language.
/// </summary>
public abstract class CqoException(
    ErrorKind kind,
    string code,
    ErrorMessage detail,
    IReadOnlyDictionary<string, ErrorMessage[]>? errors = null) : Exception(detail.ToString())
{
    public ErrorKind Kind { get; } = kind;

    public string Code { get; } = code;

    public ErrorMessage Detail { get; } = detail;

    public IReadOnlyDictionary<string, ErrorMessage[]> Errors { get; } = errors ?? new Dictionary<string, ErrorMessage[]>();
}
