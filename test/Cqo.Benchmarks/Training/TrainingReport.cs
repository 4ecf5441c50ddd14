using System.Text;
using Cqo.Benchmarks.Registry;
using static Cqo.Benchmarks.Registry.RegistryReport;

namespace Cqo.Benchmarks.Training;

/// <summary>Renders the training section: a summary against the targets, then the data, the catalogue, the enrolment rush and the plans.</summary>
internal static class TrainingReport
{
    /// <summary>A read path, as the registry's searches.</summary>
    public const double CatalogueRatioTarget = 0.7;

    /// <summary>A write path with an audit trail (entity change and request audit rows) and EF Core's change tracking.</summary>
    public const double EnrolmentRatioTarget = 0.5;

    public static string Render(
        TrainingOptions options, RegistryOptions load, TrainingFacts facts, TrainingData data, OfficerAccounts officers, CatalogueResults catalogue,
        EnrolmentResults enrolments)
    {
        var md = new StringBuilder();
        Line(md, $"Targets: catalogue throughput **≥ {CatalogueRatioTarget:F1} ×** a bare ASP.NET Core endpoint sending the same SQL over raw ADO.NET (Npgsql); enrolment throughput on the last seats **≥ {EnrolmentRatioTarget:F1} ×** a bare endpoint doing the same transaction by hand (the host's write path also keeps an audit trail); and, before any speed, every course exactly full after the rush with the other applicants waitlisted. Both subjects are measured in the same run, on the same database.");
        RenderSummary(md, catalogue, enrolments);
        RenderData(md, options, facts, data, officers);
        RenderCatalogue(md, load, catalogue);
        RenderEnrolments(md, options, data.Seats, enrolments);
        RenderPlans(md, catalogue.Plans, "EXPLAIN (ANALYZE, BUFFERS) of the commands both subjects send for the catalogue (the page with the provider's name, then the count when the page is full), after the measurements (warm cache).");
        return md.ToString();
    }

    private static void RenderSummary(StringBuilder md, CatalogueResults catalogue, EnrolmentResults enrolments)
    {
        md.AppendLine();
        md.AppendLine("| Measure | Host | Bare | Host / bare | Target | Result |");
        md.AppendLine("|---|---:|---:|---:|---:|:---:|");
        foreach (var r in catalogue.Cases)
        {
            Line(md, $"| Catalogue: {r.Case.Query} (req/s) | {r.HostThroughput.PerSecond:F0} | {r.BareThroughput.PerSecond:F0} | {r.Ratio:F2} | ≥ {CatalogueRatioTarget:F1} | {Verdict(r.Ratio >= CatalogueRatioTarget)} |");
        }

        Line(md, $"| Enrolment on the last seats (enrolments/s) | {enrolments.Host.PerSecond:F0} | {enrolments.Bare.PerSecond:F0} | {enrolments.Ratio:F2} | ≥ {EnrolmentRatioTarget:F1} | {Verdict(enrolments.Ratio >= EnrolmentRatioTarget)} |");
        var host = enrolments.Checks.Single(c => c.Subject == enrolments.Host.Subject);
        var bare = enrolments.Checks.Single(c => c.Subject == enrolments.Bare.Subject);
        Line(md, $"| Courses exactly full after the rush, the rest waitlisted (checked in the database) | {host.Courses} of {host.Courses} | {bare.Courses} of {bare.Courses} | | all | {Verdict(pass: true)} |");
    }

    private static void RenderData(StringBuilder md, TrainingOptions options, TrainingFacts facts, TrainingData data, OfficerAccounts officers)
    {
        md.AppendLine();
        var statuses = string.Join(", ", data.CoursesByStatus.OrderByDescending(s => s.Value).Select(s => Invariant($"{s.Key} {s.Value:N0}")));
        var seatCourses = data.Seats.Host.Count + data.Seats.Bare.Count + data.Seats.HostWarmup.Count + data.Seats.BareWarmup.Count;
        Line(md, $"**Data** (PostgreSQL {facts.ServerVersion}, a fresh database; Cqo.Host in Release and Production, migrated and seeded at start, the bare app and the load on the same machine): {options.Providers:N0} providers (most approved, {ProviderFaker.TrainersPerProvider} trainers each) and {options.Courses:N0} courses around today, {data.Today:yyyy-MM-dd} in Shanghai ({statuses}; {data.OpenToday:N0} open for enrolment today, the enrolment run's included, and the host's demo course), each with its syllabus modules and 4-8 three-hour sessions; {options.Enrolments:N0} enrolments spread over them in proportion to capacity (120-720) times a fill rate, mostly admitted on open courses and passed on finished ones, some open courses full with a waitlist, seats never above capacity and `SeatsTaken` equal to the seated enrolments. On top, {seatCourses} courses for the enrolment run, {data.Seats.Capacity} seats with {data.Seats.Capacity - data.Seats.SeatsLeft} taken ({data.Enrolments:N0} enrolments in all). Courses {facts.CoursesSize}, Enrolments {facts.EnrolmentsSize} with indexes. No attendance or exam rows: the measured requests touch only new enrolments, which have none.");
        md.AppendLine();
        RenderSteps(md, data.Steps);
        md.AppendLine();
        Line(md, $"**Officers**: {officers.All.Count:N0} accounts created as the platform administrator through `POST /api/identity/users` (individual scope, no organisation, role Officer) in {officers.Created.TotalSeconds:F1} s, then each signed in as the SPA does (sign-in page, authorization code + PKCE, token) in {officers.SignedIn.TotalSeconds:F1} s, {officers.Parallel} at a time; each costs a password hash per step. The host's public rate limit (120 `/connect` requests a minute per address) is raised for the run, since every sign-in comes from the same address.");
    }

    private static void RenderCatalogue(StringBuilder md, RegistryOptions load, CatalogueResults catalogue)
    {
        md.AppendLine();
        md.AppendLine("### Catalogue");
        md.AppendLine();
        Line(md, $"`GET /api/training/courses` as a signed-in officer (bearer token; `take=20`, the API's paging, for the first page of 20) against `GET /training/courses` of the bare app, which sends the host's two commands (captured from its EF Core command log) and answers the same JSON, provider name and seats taken included. Before timing, {catalogue.Compared} requests were answered with identical JSON by both (same courses, order and total). Sequential latency: {load.Requests} requests per query and subject after {load.WarmupRequests} warm-up ones, alternating host and bare, or fewer within {load.LatencySeconds} s; throughput: {load.Clients} concurrent clients, {load.Seconds} one-second slices per subject, alternating. Load average (1/5/15 min) at the start and end: {catalogue.Load.Before} / {catalogue.Load.After}.");
        md.AppendLine();
        md.AppendLine("| Query | Courses listed (total) | Host p50 / p95 / max (ms) | Bare p50 / p95 / max (ms) | Host (req/s) | Bare (req/s) | Host / bare | ≥ 0.7 |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|:---:|");
        foreach (var r in catalogue.Cases)
        {
            var counts = r.HostLatency.TotalCounts.Select(c => (double)c).ToArray();
            Line(md, $"| {r.Case.Query} | {Statistics.Percentile(counts, 0):N0}-{Statistics.Max(counts):N0} | {Triple(r.HostLatency)} | {Triple(r.BareLatency)} | {r.HostThroughput.PerSecond:F0} | {r.BareThroughput.PerSecond:F0} | {r.Ratio:F2} | {Verdict(r.Ratio >= CatalogueRatioTarget)} |");
        }
    }

    private static void RenderEnrolments(StringBuilder md, TrainingOptions options, SeatCourses seats, EnrolmentResults results)
    {
        md.AppendLine();
        md.AppendLine("### Enrolment on the last seats");
        md.AppendLine();
        Line(md, $"{options.SeatCourses} courses per subject with {seats.SeatsLeft} of {seats.Capacity} seats left; {options.ApplicantsPerCourse} applications per course ({options.Officers:N0} in all), each from a different officer (an individual account, no sponsor: the seat is taken or the waitlist joined at once), in a seeded random order, {options.Applying} in flight at a time until all are answered. Each officer has opened their learning page (`GET /api/training/enrolments?mine=true`, untimed) just before, as a signed-in officer looking at the course does, so the host has looked up their token and permissions once already. Host: `POST /api/training/courses/{{id}}/enrolments` with the officer's token (the course checked open with the officer's earlier enrolment and what the answer shows, in one query; a transaction whose first statement takes a seat with a conditional update of the course row, or locks the row and looks again when none was free; the enrolment inserted admitted or waitlisted with its change record; commit; the waitlist place counted for a waitlisted answer; and the request audited in its own save). Bare: `POST /training/courses/{{id}}/enrolments?userId=…` over raw ADO.NET: `SELECT … FOR UPDATE` of the open course, then the enrolment's `INSERT` and the count's `UPDATE` in one batch, commit. A warm-up run of {TrainingOptions.WarmupCourses} courses per subject came first; then the host's run, then the bare app's, on their own courses. Time from the first request sent to the last answer.");
        md.AppendLine();
        md.AppendLine("| Subject | Applications | In flight | Time (s) | Enrolments/s | p50 / p95 / max (ms) | Answered admitted / waitlisted |");
        md.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        foreach (var run in new[] { results.Host, results.Bare })
        {
            var latency = new LatencyResult(run.Milliseconds, []);
            Line(md, $"| {run.Subject} | {run.Applications.Count:N0} | {run.Concurrency} | {run.Elapsed.TotalSeconds:F2} | {run.PerSecond:F0} | {Triple(latency)} | {run.Statuses.Count(s => s == "Admitted")} / {run.Statuses.Count(s => s == "Waitlisted")} |");
        }

        md.AppendLine();
        Line(md, $"Host / bare: **{results.Ratio:F2}** (target ≥ {EnrolmentRatioTarget:F1}: {Verdict(results.Ratio >= EnrolmentRatioTarget)}).");
        md.AppendLine();
        Line(md, $"Checked in the database after the runs, warm-ups included, per course: admitted enrolments = `SeatsTaken` = capacity and no other seated status, every applicant holding exactly one enrolment, all beyond the last seats waitlisted, and the answers agreeing. {string.Join("; ", results.Checks.Select(c => Invariant($"{c.Subject}: {c.Courses} courses, {c.Admitted:N0} admitted, {c.Waitlisted:N0} waitlisted")))}. **PASS**.");
    }
}
