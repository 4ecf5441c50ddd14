namespace Cqo.Registry.Contracts;

/// <summary>Enterprise size class (大型/中型/小型/微型), as in the national statistical standard.</summary>
public enum EnterpriseScale
{
    Large,
    Medium,
    Small,
    Micro,
}

public enum EnterpriseStatus
{
    Active,
    Suspended,
    Deregistered,
}

/// <summary>Who grants a government quality award: the State Council down to a district.</summary>
public enum AwardLevel
{
    National,
    Municipal,
    District,
}
