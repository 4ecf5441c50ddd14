namespace Cqo.Training.Contracts;

/// <summary>Permission names of the training module.</summary>
public static class TrainingPermissions
{
    /// <summary>See training providers (a provider sees itself; the municipal regulator all).</summary>
    public const string Providers = "Training.Providers";

    /// <summary>Register one's own organisation as a training provider (or any, for the municipal regulator).</summary>
    public const string ProvidersRegister = "Training.Providers.Register";

    /// <summary>Approve, reject or suspend providers.</summary>
    public const string ProvidersReview = "Training.Providers.Review";

    /// <summary>Add, edit and deactivate a provider's trainers.</summary>
    public const string TrainersManage = "Training.Trainers.Manage";

    /// <summary>See the course catalogue (published courses of every provider) and one's own drafts.</summary>
    public const string Courses = "Training.Courses";

    /// <summary>Draft, schedule, publish and cancel a provider's courses, and publish exam results.</summary>
    public const string CoursesManage = "Training.Courses.Manage";

    /// <summary>Take attendance, show check-in codes, record exam scores and no-shows on a provider's courses.</summary>
    public const string CoursesTeach = "Training.Courses.Teach";

    /// <summary>See enrolments within scope: one's own, one's staff's, one's courses', one's jurisdiction's; withdraw one's part.</summary>
    public const string Enrolments = "Training.Enrolments";

    /// <summary>Apply for a course oneself and check in to its sessions.</summary>
    public const string EnrolmentsApply = "Training.Enrolments.Apply";

    /// <summary>Enrol one's staff, and confirm or reject their applications.</summary>
    public const string EnrolmentsSponsor = "Training.Enrolments.Sponsor";
}
