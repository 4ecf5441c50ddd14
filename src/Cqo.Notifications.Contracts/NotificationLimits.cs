namespace Cqo.Notifications.Contracts;

/// <summary>Length limits of notifications' fields, shared by validation and the schema.</summary>
public static class NotificationLimits
{
    public const int KeyMaxLength = 64;
    public const int CronMaxLength = 64;
    public const int SubjectMaxLength = 200;
    public const int BodyMaxLength = 4000;

    /// <summary>A rendered body: the template with its values (a digest lists many filings).</summary>
    public const int RenderedBodyMaxLength = 16000;
    public const int NameMaxLength = 200;
    public const int AddressMaxLength = 500;
    public const int SecretMaxLength = 200;
    public const int MaxOffsets = 12;
    public const int MaxCatchUpDays = 31;
}
