using Npgsql;
using NpgsqlTypes;

namespace Cqo.Benchmarks.Training;

/// <summary>What the check found on a run's courses: all full, the rest of the applicants waitlisted.</summary>
internal sealed record SeatCheckResult(string Subject, int Courses, int Admitted, int Waitlisted);

/// <summary>
/// Correctness before speed: after a run, each of its courses must be exactly full (admitted enrolments and
/// <c>SeatsTaken</c> both equal to the capacity, no other seated status), every applicant of the run must hold
/// exactly one enrolment on it, those beyond the last seats all waitlisted, and the answers must say the same.
/// Anything else fails the section.
/// </summary>
internal static class SeatCheck
{
    private const string Sql = """
        SELECT c."Id", c."Capacity", c."SeatsTaken",
            count(e."Id") FILTER (WHERE e."Status" = 'Admitted')::int,
            count(e."Id") FILTER (WHERE e."Status" = 'Waitlisted')::int,
            count(e."Id") FILTER (WHERE e."Status" = ANY(@seated))::int,
            count(e."Id") FILTER (WHERE e."TraineeUserId" = ANY(@officers))::int
        FROM training."Courses" AS c
        LEFT JOIN training."Enrolments" AS e ON e."CourseId" = c."Id"
        WHERE c."Id" = ANY(@courses)
        GROUP BY c."Id", c."Capacity", c."SeatsTaken"
        """;

    public static async Task<SeatCheckResult> VerifyAsync(NpgsqlDataSource database, EnrolmentRunResult run, int seatsLeft, CancellationToken cancellationToken)
    {
        var answers = run.Applications.Zip(run.Statuses).GroupBy(a => a.First.CourseId)
            .ToDictionary(g => g.Key, g => (Applicants: g.Count(), Admitted: g.Count(a => a.Second == "Admitted"), Waitlisted: g.Count(a => a.Second == "Waitlisted")));
        await using var command = database.CreateCommand(Sql);
        command.Parameters.Add(new NpgsqlParameter<string[]>("seated", NpgsqlDbType.Array | NpgsqlDbType.Varchar) { TypedValue = EnrolmentStatuses.Seated });
        command.Parameters.Add(new NpgsqlParameter<Guid[]>("officers", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { TypedValue = [.. run.Applications.Select(a => a.Officer.Id)] });
        command.Parameters.Add(new NpgsqlParameter<Guid[]>("courses", NpgsqlDbType.Array | NpgsqlDbType.Uuid) { TypedValue = [.. answers.Keys] });
        var failures = new List<string>();
        int courses = 0, admitted = 0, waitlisted = 0;
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                var (id, capacity, taken) = (reader.GetGuid(0), reader.GetInt32(1), reader.GetInt32(2));
                var (dbAdmitted, dbWaitlisted, seated, fromRun) = (reader.GetInt32(3), reader.GetInt32(4), reader.GetInt32(5), reader.GetInt32(6));
                var expected = answers[id];
                var wanted = (Admitted: capacity, Taken: capacity, Seated: capacity, Waitlisted: expected.Applicants - seatsLeft, FromRun: expected.Applicants,
                    AnsweredAdmitted: seatsLeft, AnsweredWaitlisted: expected.Applicants - seatsLeft);
                var found = (Admitted: dbAdmitted, Taken: taken, Seated: seated, Waitlisted: dbWaitlisted, FromRun: fromRun,
                    AnsweredAdmitted: expected.Admitted, AnsweredWaitlisted: expected.Waitlisted);
                if (found != wanted)
                {
                    failures.Add($"course {id}: expected {wanted}, found {found}");
                }

                courses++;
                admitted += dbAdmitted;
                waitlisted += dbWaitlisted;
            }
        }

        if (courses != answers.Count)
        {
            failures.Add($"{answers.Count - courses} of the run's courses were not found");
        }

        return failures.Count == 0
            ? new SeatCheckResult(run.Subject, courses, admitted, waitlisted)
            : throw new BenchmarkFailedException($"{run.Subject}: the seats do not add up on {failures.Count} of {answers.Count} courses.", [.. failures.Take(20)]);
    }
}
