using Cqo.Benchmarks.Registry;

namespace Cqo.Benchmarks.Training;

/// <summary>
/// Spreads the enrolments over the courses that take them (open, closed, running or past; not drafts, cancelled
/// courses or windows still to open) in proportion to capacity times a fill rate, then draws each enrolment's
/// status as its course's stage has them: admitted while enrolment runs, mostly passed once completed. Seats never
/// exceed the capacity: past it, an applicant is waitlisted (enrolment still running or just closed) or withdrawn.
/// </summary>
internal static class EnrolmentPlan
{
    private static readonly WeightedPicker<string> s_enrolling = new([("Admitted", 92), ("Applied", 3), ("Withdrawn", 4), ("Rejected", 1)]);
    private static readonly WeightedPicker<string> s_running = new([("Attending", 80), ("Admitted", 8), ("NoShow", 6), ("Withdrawn", 5), ("Rejected", 1)]);

    private static readonly WeightedPicker<string> s_examining = new(
        [("EligibleForExam", 55), ("Passed", 20), ("Failed", 8), ("Incomplete", 6), ("NoShow", 5), ("Withdrawn", 5), ("Rejected", 1)]);

    private static readonly WeightedPicker<string> s_finished = new(
        [("Passed", 78), ("Failed", 4), ("FailedFinal", 3), ("Incomplete", 4), ("NoShow", 5), ("Withdrawn", 5), ("Rejected", 1)]);

    public static void Assign(IReadOnlyList<CourseRow> courses, long total, DateOnly today, Random random)
    {
        var weights = courses.Select(c => c.Capacity * Fill(c, today, random)).ToArray();
        var sum = weights.Sum();
        if (sum == 0)
        {
            throw new BenchmarkFailedException($"None of the {courses.Count} generated courses takes enrolments: generate more courses.");
        }

        var counts = weights.Select(w => (long)Math.Floor(total * w / sum)).ToArray();
        // The rounding's remainder, one each to the courses that take enrolments, in order.
        for (long i = 0, left = total - counts.Sum(); left > 0; i++)
        {
            if (weights[i % counts.Length] > 0)
            {
                counts[i % counts.Length]++;
                left--;
            }
        }

        for (var i = 0; i < courses.Count; i++)
        {
            courses[i].Enrolments = Statuses(courses[i], counts[i], random);
        }
    }

    private static double Fill(CourseRow course, DateOnly today, Random random) => course.Status switch
    {
        "Draft" or "Cancelled" => 0,
        "Published" when course.EnrolmentOpens > today => 0,
        // One course in ten is oversubscribed, with a waitlist.
        "Published" => random.NextDouble() < 0.1 ? 1.05 + (random.NextDouble() * 0.15) : 0.2 + (random.NextDouble() * 0.8),
        "EnrolmentClosed" => 0.7 + (random.NextDouble() * 0.4),
        _ => 0.8 + (random.NextDouble() * 0.25),
    };

    private static List<(string, int)> Statuses(CourseRow course, long count, Random random)
    {
        var picker = course.Status switch
        {
            "Published" or "EnrolmentClosed" => s_enrolling,
            "InProgress" => s_running,
            "Examining" => s_examining,
            _ => s_finished,
        };
        var overflow = course.Status is "Published" or "EnrolmentClosed" ? "Waitlisted" : "Withdrawn";
        var tally = new Dictionary<string, int>(StringComparer.Ordinal);
        var seated = 0;
        for (var i = 0; i < count; i++)
        {
            var status = picker.Next(random);
            if (EnrolmentStatuses.Seated.Contains(status) && ++seated > course.Capacity)
            {
                status = overflow;
            }

            tally[status] = tally.GetValueOrDefault(status) + 1;
        }

        return [.. tally.OrderBy(t => t.Key, StringComparer.Ordinal).Select(t => (t.Key, t.Value))];
    }
}
