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
    /// <summary>nginx's "client closed request": nobody reads the answer, and it is not our fault.</summary>
    private const int ClientClosedRequest = 499;

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && context.RequestAborted.IsCancellationRequested)
        {
            logger.LogInformation("The client closed {Method} {Path} before it was answered", context.Request.Method, context.Request.Path);
            context.Response.StatusCode = ClientClosedRequest;
            return true;
        }

        var (status, code, detail, errors) = exception switch
        {
            CqoException e => (StatusOf(e.Kind), e.Code, e.Message, e.Errors),
            ValidationException e => (400, ErrorCodes.ValidationFailed, "One or more fields are invalid.", Group(e)),
            BadHttpRequestException { InnerException: JsonException json } => FromJson(json),
            BadHttpRequestException e => FromBinding(e),
            DbUpdateConcurrencyException => (409, ErrorCodes.ConcurrencyConflict, "The record was changed by someone else since it was read.", null),
            DbUpdateException e when e.IsUniqueViolation() => (409, ErrorCodes.Conflict, "A record with the same unique value already exists.", null),
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
        e.Errors.GroupBy(f => FieldNames.Of(f.PropertyName)).ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).Distinct().ToArray());

    private static (int, string, string, IReadOnlyDictionary<string, string[]>) FromJson(JsonException json)
    {
        var field = FieldFromJsonPath(json.Path);
        // A syntax error surfaces as a JsonException wrapping the reader's (internal) exception type;
        // BadInputTests pins this, should the type ever be renamed.
        if (json.InnerException?.GetType().Name == "JsonReaderException")
        {
            var where = json.LineNumber is { } line ? $" (line {line + 1}, byte {json.BytePositionInLine})" : "";
            return Body($"The body is not valid JSON{where}.");
        }

        if (field is null)
        {
            return Body("The body must be a JSON object with the documented fields.");
        }

        var message = $"'{field}' has a value of the wrong type, an unknown value, or is not a known field.";
        return (400, ErrorCodes.InvalidValue, message, One(field, message));
    }

    private static (int, string, string, IReadOnlyDictionary<string, string[]>?) FromBinding(BadHttpRequestException e)
    {
        if (BindFailure().Match(e.Message) is { Success: true } bind)
        {
            var field = FieldNames.Of(bind.Groups["name"].Value);
            var message = $"'{field}' must be {Describe(bind.Groups["type"].Value)}.";
            return (400, ErrorCodes.InvalidValue, message, One(field, message));
        }

        if (RequiredMissing().Match(e.Message) is { Success: true } required)
        {
            var field = FieldNames.Of(required.Groups["name"].Value);
            var message = $"'{field}' is required.";
            return (400, ErrorCodes.ValidationFailed, message, One(field, message));
        }

        return e.Message.Contains("no body was provided", StringComparison.OrdinalIgnoreCase)
            ? Body("A JSON body is required.")
            : (e.StatusCode, ProblemWriter.CodeFor(e.StatusCode), e.Message, null);
    }

    /// <summary>A .NET type as a client reads it: <c>Nullable&lt;int&gt;</c> → "a whole number".</summary>
    private static string Describe(string type) => type.Replace("Nullable<", "", StringComparison.Ordinal).TrimEnd('>', '?') switch
    {
        "int" or "long" or "short" or "Int32" or "Int64" => "a whole number",
        "decimal" or "double" or "float" => "a number",
        "bool" or "Boolean" => "true or false",
        "Guid" => "a GUID",
        "DateOnly" => "a date (yyyy-MM-dd)",
        "DateTime" or "DateTimeOffset" => "a date and time (ISO 8601)",
        _ => "a valid value",
    };

    private static (int, string, string, IReadOnlyDictionary<string, string[]>) Body(string message) =>
        (400, ErrorCodes.MalformedBody, message, One("body", message));

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

    private static Dictionary<string, string[]> One(string field, string message) => new() { [field] = [message] };

    [GeneratedRegex("""Failed to bind parameter "(?<type>[^" ]+) (?<name>[^"]+)" from""")]
    private static partial Regex BindFailure();

    [GeneratedRegex("""Required parameter "(?<type>[^" ]+) (?<name>[^"]+)" was not provided""")]
    private static partial Regex RequiredMissing();
}
