namespace Cqo.Reference.Contracts.Identifiers;

/// <summary>A person's name as the public sees it (announcements, certificate verification).</summary>
public static class PersonalNameMask
{
    /// <summary>
    /// Keeps the first character, and the last of names longer than two characters:
    /// 张三 → 张*, 欧阳娜娜 → 欧**娜, Alice Smith → A*********h.
    /// </summary>
    public static string Mask(string name)
    {
        var trimmed = name.Trim();
        return trimmed.Length switch
        {
            0 => "",
            1 => "*",
            2 => $"{trimmed[0]}*",
            _ => $"{trimmed[0]}{new string('*', trimmed.Length - 2)}{trimmed[^1]}",
        };
    }
}
