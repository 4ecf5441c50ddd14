namespace Cqo.Benchmarks.Training;

/// <summary>
/// Sizes of the training benchmark. The load settings (requests, seconds, clients, latency budget, keeping the
/// database) are the registry section's (<see cref="Registry.RegistryOptions"/>), shared by both.
/// </summary>
/// <param name="Providers">Generated training providers (most approved), each with a few trainers.</param>
/// <param name="Courses">Generated courses, with their modules and 4-8 sessions each.</param>
/// <param name="Enrolments">Generated enrolments spread over the courses.</param>
/// <param name="SeatCourses">Courses per subject for the enrolment run, each with <paramref name="SeatsLeft"/> seats left.</param>
/// <param name="SeatsLeft">Seats still free on each of those courses.</param>
/// <param name="Waitlist">Applicants per course beyond its last seats: each course ends full with this many waitlisted.</param>
/// <param name="Applying">Officers applying at the same time (concurrent requests) in the enrolment run.</param>
internal sealed record TrainingOptions(
    int Providers = 200,
    int Courses = 20_000,
    int Enrolments = 5_000_000,
    int SeatCourses = 50,
    int SeatsLeft = 5,
    int Waitlist = 3,
    int Applying = 32)
{
    /// <summary>Courses per subject warmed up on before the measured enrolment run.</summary>
    public const int WarmupCourses = 4;

    /// <summary>Applications per course in the enrolment run: the last seats, then the waitlist.</summary>
    public int ApplicantsPerCourse => SeatsLeft + Waitlist;

    /// <summary>Officers needed so that every application of the measured run comes from a different one.</summary>
    public int Officers => SeatCourses * ApplicantsPerCourse;
}
