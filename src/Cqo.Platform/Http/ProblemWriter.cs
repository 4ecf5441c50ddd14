using Cqo.SharedKernel.Errors;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Cqo.Platform.Http;

/// <summary>
/// The one error format (RFC 9457): <c>type</c>, a localized <c>title</c>, <c>status</c>, <c>detail</c>,
/// a stable <c>code</c>, <c>errors</c> per field where fields are at fault, and the <c>traceId</c>.
/// </summary>
internal sealed class ProblemWriter(IProblemDetailsService problems, IStringLocalizer texts)
{
    public ValueTask WriteAsync(HttpContext context, int status, string code, string? detail, IReadOnlyDictionary<string, string[]>? errors = null)
    {
        context.Response.StatusCode = status;
        var problem = errors is { Count: > 0 }
            ? new HttpValidationProblemDetails(errors.ToDictionary())
            : new ProblemDetails();
        problem.Status = status;
        problem.Detail = detail;
        Describe(problem, code);
        return problems.WriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem });
    }

    /// <summary>Fills in what every problem carries, also for bare status codes (404 route, 401, 405).</summary>
    public void Describe(ProblemDetails problem, string? code = null)
    {
        code ??= problem.Extensions.TryGetValue("code", out var existing) && existing is string s ? s : CodeFor(problem.Status);
        problem.Extensions["code"] = code;
        // A module's own code (reference.unit_code_taken) may have its own title, else its status's.
        var title = texts[$"Error:{code}"];
        problem.Title = title.ResourceNotFound ? texts[$"Error:{CodeFor(problem.Status)}"].Value : title.Value;
        // A stable, non-resolving identifier per code (RFC 9457 §3.1.1 allows any URI).
        problem.Type = $"urn:cqo:problem:{code}";
    }

    /// <summary>The code of a bare status, where no exception said more.</summary>
    internal static string CodeFor(int? status) => status switch
    {
        400 => ErrorCodes.BadRequest,
        401 => ErrorCodes.Unauthorized,
        403 => ErrorCodes.Forbidden,
        404 => ErrorCodes.NotFound,
        405 => ErrorCodes.MethodNotAllowed,
        409 => ErrorCodes.Conflict,
        413 => ErrorCodes.PayloadTooLarge,
        415 => ErrorCodes.UnsupportedMediaType,
        422 => ErrorCodes.BusinessRule,
        429 => ErrorCodes.RateLimited,
        < 500 => ErrorCodes.BadRequest,
        _ => ErrorCodes.InternalError,
    };
}
