using Cqo.SharedKernel.Errors;

namespace Cqo.Platform.Http;

/// <summary>
/// C0 control characters other than tab and line breaks have no place in any field; PostgreSQL
/// refuses NUL outright, so letting one through would turn a client's mistake into a 500.
/// </summary>
internal static class ControlCharacters
{
    public static bool In(string? value) =>
        value is not null && value.Any(c => c < ' ' && c is not '\t' and not '\n' and not '\r');

    public static ErrorMessage Message(string field) => new("Error:ControlCharacters", field);
}
