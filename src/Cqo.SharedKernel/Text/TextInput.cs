namespace Cqo.SharedKernel.Text;

public static class TextInput
{
    /// <summary>An optional text as stored: trimmed, and null when nothing but blanks was typed.</summary>
    public static string? OrNull(this string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
