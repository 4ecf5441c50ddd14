namespace Cqo.SharedKernel.Errors;

/// <summary>
/// The resource does not exist or lies outside the caller's scope; both answer 404 so that
/// existence does not leak. <paramref name="resource"/> names a <c>Resource:{resource}</c> text.
/// </summary>
public sealed class NotFoundException(string resource, object key)
    : CqoException(ErrorKind.NotFound, ErrorCodes.NotFound, new ErrorMessage("Error:NotFoundDetail", new ErrorMessage($"Resource:{resource}"), key));
