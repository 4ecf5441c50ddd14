namespace Cqo.Reference.Contracts.Identifiers;

/// <summary>The rule a personal ID number breaks, reported in the order the rules are checked.</summary>
public enum PersonalIdProblem
{
    /// <summary>The number has a length no number of its type can have.</summary>
    Length,

    /// <summary>The characters do not fit the pattern of the type, e.g. a letter among the digits.</summary>
    Format,

    /// <summary>The birth date in the number is not a real date, e.g. 31 February.</summary>
    BirthDate,

    /// <summary>The birth date in the number is after today.</summary>
    FutureBirthDate,

    /// <summary>The last character is not the check character computed from the others.</summary>
    CheckCharacter,
}
