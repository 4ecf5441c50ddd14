using Cqo.Benchmarks.Infrastructure;
using Cqo.Benchmarks.Registry;
using Npgsql;

namespace Cqo.Benchmarks.Training;

/// <summary>The measured runs of both subjects and the checks of every run, warm-ups included.</summary>
internal sealed record EnrolmentResults(EnrolmentRunResult Host, EnrolmentRunResult Bare, IReadOnlyList<SeatCheckResult> Checks)
{
    public double Ratio => Host.PerSecond / Bare.PerSecond;
}

/// <summary>
/// Officers rushing for the last seats: a warm-up run on each subject's warm-up courses, then the measured runs
/// (host, then bare app) on their own courses, the same officers applying in the same order; then every run's
/// courses are checked (<see cref="SeatCheck"/>).
/// </summary>
internal static class EnrolmentBenchmark
{
    private const int WarmupSeed = 7;
    private const int MeasuredSeed = 11;

    public static async Task<EnrolmentResults> MeasureAsync(
        BenchContext context, TrainingOptions options, NpgsqlDataSource database, SeatCourses seats, IReadOnlyList<Officer> officers, RunningApp host, RunningApp bare)
    {
        var cancellationToken = context.CancellationToken;
        using var hostClient = SearchSubject.Client(host.BaseAddress, accessToken: null);
        using var bareClient = SearchSubject.Client(bare.BaseAddress, accessToken: null);
        var perCourse = options.ApplicantsPerCourse;

        async Task<EnrolmentRunResult> Run(string subject, bool onHost, IReadOnlyList<Guid> courses, int seed)
        {
            context.Log.WriteLine($"  {subject}: {courses.Count * perCourse} applications for {courses.Count} courses with {seats.SeatsLeft} seats left, {options.Applying} at a time...");
            var plan = EnrolmentRun.Plan(officers, courses, perCourse, seed);
            if (onHost)
            {
                await EnrolmentRun.OpenSessionsAsync(hostClient, plan, options.Applying, cancellationToken);
            }

            return await EnrolmentRun.RunAsync(
                subject, onHost ? hostClient : bareClient, onHost ? EnrolmentRun.HostRequest : EnrolmentRun.BareRequest, plan, options.Applying, cancellationToken);
        }

        var runs = new List<EnrolmentRunResult>
        {
            await Run("CQO host (warm-up)", onHost: true, seats.HostWarmup, WarmupSeed),
            await Run("Bare ADO.NET endpoint (warm-up)", onHost: false, seats.BareWarmup, WarmupSeed),
        };
        var hostRun = await Run("CQO host", onHost: true, seats.Host, MeasuredSeed);
        host.EnsureRunning();
        var bareRun = await Run("Bare ADO.NET endpoint", onHost: false, seats.Bare, MeasuredSeed);
        bare.EnsureRunning();
        runs.AddRange([hostRun, bareRun]);
        foreach (var run in new[] { hostRun, bareRun })
        {
            context.Log.WriteLine(
                $"    {run.Subject,-22} {run.PerSecond,6:F0} enrolments/s  p95 {Statistics.Percentile(run.Milliseconds, 95),6:F1} ms");
        }

        var checks = new List<SeatCheckResult>();
        foreach (var run in runs)
        {
            checks.Add(await SeatCheck.VerifyAsync(database, run, seats.SeatsLeft, cancellationToken));
        }

        context.Log.WriteLine($"    seats checked: {string.Join("; ", checks.Select(c => $"{c.Subject} {c.Courses} courses full"))}");
        return new EnrolmentResults(hostRun, bareRun, checks);
    }
}
