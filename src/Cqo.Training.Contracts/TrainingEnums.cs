namespace Cqo.Training.Contracts;

/// <summary>Where a provider stands with the municipal regulator; only approved providers publish courses.</summary>
public enum ProviderStatus
{
    Pending,
    Approved,
    Rejected,
    Suspended,
}

/// <summary>What a course is for (DOMAIN.md §3).</summary>
public enum CourseType
{
    /// <summary>聘任培训: the training a CQO needs before appointment; covers every compulsory syllabus module.</summary>
    AppointmentTraining,

    /// <summary>继续教育: hours towards renewing a certificate.</summary>
    ContinuingEducation,

    /// <summary>公益性专精特新中小企业培训.</summary>
    PublicSmeTraining,
}

public enum CourseTier
{
    Junior,
    Intermediate,
    Senior,
}

public enum CourseDelivery
{
    OnSite,
    Online,
    Hybrid,
}

/// <summary>The course life cycle of DOMAIN.md §4.</summary>
public enum CourseStatus
{
    Draft,
    Published,
    EnrolmentClosed,
    InProgress,
    Examining,
    Completed,
    Archived,
    Cancelled,
}
