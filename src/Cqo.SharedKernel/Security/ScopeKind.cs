namespace Cqo.SharedKernel.Security;

/// <summary>The kind of organisation a caller acts for; it decides which rows the caller may see.</summary>
public enum ScopeKind
{
    /// <summary>Platform operators: accounts, clients and settings, city-wide.</summary>
    Platform,

    /// <summary>The municipal regulator: everything, city-wide.</summary>
    MunicipalRegulator,

    /// <summary>A district regulator or special regulator unit: its jurisdiction only.</summary>
    DistrictRegulator,

    /// <summary>Member units of the quality leading group: city-wide aggregates.</summary>
    Auditor,

    /// <summary>An enterprise's administrators and integration clients: that enterprise only.</summary>
    Enterprise,

    /// <summary>A training provider's staff and trainers: that provider only.</summary>
    TrainingProvider,

    /// <summary>An officer or trainee: their own records only.</summary>
    Individual,
}
