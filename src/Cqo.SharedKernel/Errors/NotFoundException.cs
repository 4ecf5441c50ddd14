namespace Cqo.SharedKernel.Errors;

/// <summary>
/// The resource does not exist or lies outside the caller's scope; both answer 404 so that
/// existence does not leak.
/// </summary>
public sealed class NotFoundException(string resource, object key)
    : CqoException(ErrorKind.NotFound, ErrorCodes.NotFound, $"{resource} '{key}' was not found.");
