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

/// <summary>
/// The enrolment life cycle of DOMAIN.md §4. A sponsor's confirmation of an application is not a
/// resting state: it admits the trainee or puts them on the waitlist at once.
/// </summary>
public enum EnrolmentStatus
{
    /// <summary>Applied by the trainee; waits for the sponsoring enterprise to confirm.</summary>
    Applied,
    Admitted,
    Waitlisted,
    Rejected,
    Withdrawn,

    /// <summary>Admitted but never came.</summary>
    NoShow,

    /// <summary>At least one session attended.</summary>
    Attending,
    EligibleForExam,

    /// <summary>Below the course's minimum attendance when exams started: may not sit the exam.</summary>
    Incomplete,
    Passed,

    /// <summary>Failed with attempts left (a retake may be recorded).</summary>
    Failed,

    /// <summary>Failed the last allowed attempt.</summary>
    FailedFinal,
}

/// <summary>How an enrolment came about.</summary>
public enum EnrolmentChannel
{
    /// <summary>The trainee applied themself.</summary>
    Self,

    /// <summary>The enterprise enrolled its staff member.</summary>
    Sponsored,
}

/// <summary>A trainee's attendance at one session; present and late count towards the attendance ratio.</summary>
public enum AttendanceMark
{
    Present,
    Late,
    Excused,
    Absent,
}
