namespace Cqo.Training.Contracts;

/// <summary>Column lengths and bounds, shared by validators, the schema and the UI.</summary>
public static class TrainingLimits
{
    public const int NameMaxLength = 200;
    public const int PersonNameMaxLength = 100;
    public const int TextMaxLength = 100;
    public const int PhoneMaxLength = 32;
    public const int EmailMaxLength = 256;
    public const int AddressMaxLength = 300;
    public const int DescriptionMaxLength = 4000;
    public const int CommentMaxLength = 2000;
    public const int VenueMaxLength = 200;
    public const int LinkMaxLength = 500;
    public const int MaxCapacity = 2000;
    public const int MaxAttempts = 5;
    public const int MaxSessions = 100;
    public const decimal MaxModuleHours = 200;

    /// <summary>Course and session days outside this range are typing mistakes (and would not convert to UTC at the ends).</summary>
    public static readonly DateOnly EarliestDate = new(2000, 1, 1);

    public static readonly DateOnly LatestDate = new(2100, 12, 31);
}
