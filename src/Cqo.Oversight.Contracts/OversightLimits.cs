namespace Cqo.Oversight.Contracts;

public static class OversightLimits
{
    public const int NameMaxLength = 200;
    public const int KeyMaxLength = 64;
    public const int CodeMaxLength = 16;
}
