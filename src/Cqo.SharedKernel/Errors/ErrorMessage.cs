namespace Cqo.SharedKernel.Errors;

/// <summary>
/// A message for the client as a localization key plus arguments, turned into the caller's language
/// (zh-CN first, en) at the HTTP boundary. An argument that is itself an <see cref="ErrorMessage"/>
/// is localized too (e.g. the name of a resource).
/// </summary>
public sealed record ErrorMessage(string Key, params object[] Args)
{
    public bool Equals(ErrorMessage? other) =>
        other is not null && Key == other.Key && Args.SequenceEqual(other.Args);

    public override int GetHashCode() => Key.GetHashCode(StringComparison.Ordinal);

    /// <summary>For logs: the key and its arguments, in no particular language.</summary>
    public override string ToString() => Args.Length == 0 ? Key : $"{Key}({string.Join(", ", Args)})";
}
