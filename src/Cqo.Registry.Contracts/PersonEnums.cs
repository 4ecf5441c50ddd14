namespace Cqo.Registry.Contracts;

/// <summary>Highest education, in ascending order (rule sets compare them).</summary>
public enum Education
{
    Secondary,
    JuniorCollege,
    Bachelor,
    Master,
    Doctorate,
}

/// <summary>Professional title or quality-engineer level (职称), in ascending order.</summary>
public enum TitleLevel
{
    None,
    Junior,
    Intermediate,
    AssociateSenior,
    Senior,
}

public enum Gender
{
    Unknown,
    Male,
    Female,
}
