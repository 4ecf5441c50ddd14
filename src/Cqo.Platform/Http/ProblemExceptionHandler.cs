using System.Text.Json;
using System.Text.RegularExpressions;
using Cqo.Platform.Localization;
using Cqo.Platform.Persistence;
using Cqo.SharedKernel.Errors;
using FluentValidation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging;

namespace Cqo.Platform.Http;

/// <summary>
/// Turns every exception into a problem response in the caller's language. Client mistakes (bad
/// JSON, unbindable values, failed validation, stale updates) become 4xx naming the field; a database
/// that cannot be reached is 503; only real faults are 500, and those never show a stack trace.
/// </summary>
internal sealed partial class ProblemExceptionHandler(ProblemWriter writer, IStringLocalizer texts, ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var problem = exception switch
        {
            ValidationException e => new Problem(400, ErrorCodes.ValidationFailed, texts.Localize(new ErrorMessage("Error:FieldsInvalid")), Group(e)),
            _ => Localize(Classify(exception)),
        };

        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            context.Response.Headers.RetryAfter = RetryAfterSeconds;
        }

        if (problem.Status >= 500)
        {
            logger.LogError(exception, "Unhandled exception on {Method} {Path}", context.Request.Method, LoggedPath.Of(context.Request.Path));
        }

        await writer.WriteAsync(context, problem.Status, problem.Code, problem.Detail, problem.Errors);
        return true;
    }

    /// <summary>The few seconds a database server takes to come back from a restart or a failover.</summary>
    private const string RetryAfterSeconds = "5";

    /// <summary>
    /// The connection to the database broke or could not be made (a restart, a failover, a network cut):
    /// not the request's fault, and worth retrying, so 503 with Retry-After rather than 500.
    /// </summary>
    private static bool IsDatabaseUnreachable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is System.Data.Common.DbException { IsTransient: true } or System.Net.Sockets.SocketException or EndOfStreamException)
            {
                return true;
            }
        }

        return false;
    }

    private static Classified Classify(Exception exception) => exception switch
    {
        CqoException e => new(StatusOf(e.Kind), e.Code, e.Detail, e.Errors),
        BadHttpRequestException { InnerException: JsonException json } => FromJson(json),
        BadHttpRequestException e => FromBinding(e),
        DbUpdateConcurrencyException => new(409, ErrorCodes.ConcurrencyConflict, new("Error:ConcurrencyDetail")),
        DbUpdateException e when e.IsUniqueViolation() => new(409, ErrorCodes.Conflict, new("Error:UniqueDetail")),
        _ when IsDatabaseUnreachable(exception) => new(503, ErrorCodes.DatabaseUnavailable, new("Error:DatabaseUnavailableDetail")),
        _ => new(500, ErrorCodes.InternalError, new("Error:UnexpectedDetail")),
    };

    private Problem Localize(Classified c) =>
        new(c.Status, c.Code, texts.Localize(c.Detail), c.Errors is null ? null : texts.Localize(c.Errors));

    private static int StatusOf(ErrorKind kind) => kind switch
    {
        ErrorKind.Validation => 400,
        ErrorKind.NotFound => 404,
        ErrorKind.Conflict => 409,
        ErrorKind.TooManyRequests => 429,
        _ => 422,
    };

    /// <summary>FluentValidation has already written its messages in the request's culture.</summary>
    private static Dictionary<string, string[]> Group(ValidationException e) =>
        e.Errors.GroupBy(f => FieldNames.Of(f.PropertyName)).ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).Distinct().ToArray());

    private static Classified FromJson(JsonException json)
    {
        // A syntax error surfaces as a JsonException wrapping the reader's (internal) exception type;
        // BadInputTests pins this, should the type ever be renamed.
        if (json.InnerException?.GetType().Name == "JsonReaderException")
        {
            return Body(new ErrorMessage("Error:BodyNotJson", (json.LineNumber ?? 0) + 1, json.BytePositionInLine ?? 0));
        }

        return FieldFromJsonPath(json.Path) is { } field
            ? Field(ErrorCodes.InvalidValue, field, new ErrorMessage("Error:FieldInvalid", field))
            : Body(new ErrorMessage("Error:BodyShape"));
    }

    private static Classified FromBinding(BadHttpRequestException e)
    {
        if (BindFailure().Match(e.Message) is { Success: true } bind)
        {
            var field = FieldNames.Of(bind.Groups["name"].Value);
            return Field(ErrorCodes.InvalidValue, field, new ErrorMessage("Error:FieldMustBe", field, new ErrorMessage(TypeKey(bind.Groups["type"].Value))));
        }

        if (RequiredMissing().Match(e.Message) is { Success: true } required)
        {
            var field = FieldNames.Of(required.Groups["name"].Value);
            return Field(ErrorCodes.ValidationFailed, field, new ErrorMessage("Error:FieldRequired", field));
        }

        return e.Message.Contains("no body was provided", StringComparison.OrdinalIgnoreCase)
            ? Body(new ErrorMessage("Error:BodyRequired"))
            : new(e.StatusCode, ProblemWriter.CodeFor(e.StatusCode), new ErrorMessage($"Error:{ProblemWriter.CodeFor(e.StatusCode)}"));
    }

    /// <summary>A .NET type as a client reads it: <c>Nullable&lt;int&gt;</c> → "a whole number".</summary>
    private static string TypeKey(string type) => type.Replace("Nullable<", "", StringComparison.Ordinal).TrimEnd('>', '?') switch
    {
        "int" or "long" or "short" or "Int32" or "Int64" => "Type:WholeNumber",
        "decimal" or "double" or "float" => "Type:Number",
        "bool" or "Boolean" => "Type:Boolean",
        "Guid" => "Type:Guid",
        "DateOnly" => "Type:Date",
        "DateTime" or "DateTimeOffset" => "Type:DateTime",
        _ => "Type:Valid",
    };

    private static Classified Field(string code, string field, ErrorMessage message) =>
        new(400, code, message, new Dictionary<string, ErrorMessage[]> { [field] = [message] });

    private static Classified Body(ErrorMessage message) => Field(ErrorCodes.MalformedBody, "body", message);

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

    [GeneratedRegex("""Failed to bind parameter "(?<type>[^" ]+) (?<name>[^"]+)" from""")]
    private static partial Regex BindFailure();

    [GeneratedRegex("""Required parameter "(?<type>[^" ]+) (?<name>[^"]+)" was not provided""")]
    private static partial Regex RequiredMissing();

    private sealed record Classified(int Status, string Code, ErrorMessage Detail, IReadOnlyDictionary<string, ErrorMessage[]>? Errors = null);

    private sealed record Problem(int Status, string Code, string Detail, IReadOnlyDictionary<string, string[]>? Errors);
}
