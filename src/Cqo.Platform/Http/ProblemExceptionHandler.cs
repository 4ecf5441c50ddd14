using System.Text.Json;
using System.Text.RegularExpressions;
using Cqo.Platform.Persistence;
using Cqo.SharedKernel.Errors;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Cqo.Platform.Http;

/// <summary>
/// Turns every exception into a problem response. Client mistakes (bad JSON, unbindable values,
/// failed validation, stale updates) become 4xx naming the field; only real faults are 500, and
/// those never show a stack trace.
/// </summary>
internal sealed partial class ProblemExceptionHandler(ProblemWriter writer, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var (status, code, detail, errors) = exception switch
        {
            CqoException e => (StatusOf(e.Kind), e.Code, e.Message, e.Errors),
            ValidationException e => (400, ErrorCodes.ValidationFailed, "One or more fields are invalid.", Group(e)),
            BadHttpRequestException { InnerException: JsonException json } => FromJson(json),
            BadHttpRequestException e => FromBinding(e),
            DbUpdateConcurrencyException => (409, ErrorCodes.ConcurrencyConflict, "The record was changed by someone else since it was read.", null),
            DbUpdateException e when UniqueViolation.Is(e) => (409, ErrorCodes.Conflict, "A record with the same unique value already exists.", null),
            _ => (500, ErrorCodes.InternalError, "An unexpected error occurred; it has been logged.", null),
        };

        if (status >= 500)
        {
            logger.LogError(exception, "Unhandled exception on {Method} {Path}", context.Request.Method, context.Request.Path);
        }

        await writer.WriteAsync(context, status, code, detail, errors);
        return true;
    }

    private static int StatusOf(ErrorKind kind) => kind switch
    {
        ErrorKind.Validation => 400,
        ErrorKind.NotFound => 404,
        ErrorKind.Conflict => 409,
        _ => 422,
    };

    private static Dictionary<string, string[]> Group(ValidationException e) =>
        e.Errors.GroupBy(f => FieldName(f.PropertyName)).ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).Distinct().ToArray());

    private static (int, string, string, IReadOnlyDictionary<string, string[]>) FromJson(JsonException json)
    {
        var field = FieldFromJsonPath(json.Path);
        // A syntax error surfaces as JsonException wrapping the reader's (internal) exception type.
        if (json.InnerException?.GetType().Name == "JsonReaderException" || field is null)
        {
            var where = json.LineNumber is { } line ? $" (line {line + 1}, byte {json.BytePositionInLine})" : "";
            return (400, ErrorCodes.MalformedBody, $"The request body is not valid JSON{where}.", One("body", $"The body is not valid JSON{where}."));
        }

        return (400, ErrorCodes.InvalidValue, $"'{field}' has a value of the wrong type, an unknown value, or is not a known field.",
            One(field, $"'{field}' has a value of the wrong type, an unknown value, or is not a known field."));
    }

    private static (int, string, string, IReadOnlyDictionary<string, string[]>?) FromBinding(BadHttpRequestException e)
    {
        if (BindFailure().Match(e.Message) is { Success: true } match)
        {
            var field = FieldName(match.Groups["name"].Value);
            return (400, ErrorCodes.InvalidValue, $"'{field}' has a value that cannot be read.", One(field, $"'{field}' must be a {match.Groups["type"].Value.TrimEnd('?')}."));
        }

        if (e.Message.Contains("no body was provided", StringComparison.OrdinalIgnoreCase))
        {
            return (400, ErrorCodes.MalformedBody, "A JSON body is required.", One("body", "A JSON body is required."));
        }

        return (e.StatusCode, e.StatusCode == 400 ? "bad_request" : CodeFor(e.StatusCode), e.Message, null);
    }

    private static string CodeFor(int status) => status switch
    {
        413 => "payload_too_large",
        415 => "unsupported_media_type",
        _ => "bad_request",
    };

    /// <summary><c>$.kind</c> → <c>kind</c>, <c>$.items[0].name</c> → <c>items[0].name</c>, <c>$</c> → null.</summary>
    internal static string? FieldFromJsonPath(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$")
        {
            return null;
        }

        var field = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path.TrimStart('$');
        return field.Length == 0 ? null : field;
    }

    private static string FieldName(string name) =>
        string.IsNullOrEmpty(name) ? name : char.ToLowerInvariant(name[0]) + name[1..];

    private static Dictionary<string, string[]> One(string field, string message) => new() { [field] = [message] };

    [GeneratedRegex("""Failed to bind parameter "(?<type>[^" ]+) (?<name>[^"]+)" from""")]
    private static partial Regex BindFailure();
}
