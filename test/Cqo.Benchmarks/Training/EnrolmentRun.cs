using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Cqo.Benchmarks.Training;

/// <summary>One officer applying for one course.</summary>
internal sealed record Application(Officer Officer, Guid CourseId);

/// <summary>A run's applications in the order they were sent, each one's wall-clock time and answered status.</summary>
internal sealed record EnrolmentRunResult(
    string Subject, IReadOnlyList<Application> Applications, int Concurrency, TimeSpan Elapsed, IReadOnlyList<double> Milliseconds, IReadOnlyList<string> Statuses)
{
    public double PerSecond => Applications.Count / Elapsed.TotalSeconds;
}

/// <summary>
/// The rush for the last seats: every course gets the same number of applications, each from a different officer,
/// in a seeded random order, sent by <c>concurrency</c> clients at once; a run lasts until every application is
/// answered. Every answer must be 201 with the enrolment's status (admitted or waitlisted).
/// </summary>
internal static class EnrolmentRun
{
    /// <summary>Application k is officer k's, for course k mod the course count, shuffled: the same order for any list of courses.</summary>
    public static Application[] Plan(IReadOnlyList<Officer> officers, IReadOnlyList<Guid> courses, int perCourse, int seed)
    {
        var applications = Enumerable.Range(0, courses.Count * perCourse).Select(k => new Application(officers[k], courses[k % courses.Count])).ToArray();
        new Random(seed).Shuffle(applications);
        return applications;
    }

    /// <summary><c>POST /api/training/courses/{id}/enrolments</c> with the officer's bearer token.</summary>
    public static HttpRequestMessage HostRequest(Application application) =>
        new(HttpMethod.Post, $"/api/training/courses/{application.CourseId}/enrolments")
        {
            Headers = { Authorization = new AuthenticationHeaderValue("Bearer", application.Officer.AccessToken) },
        };

    /// <summary>The bare app's endpoint: the officer's id and name stand in for the token.</summary>
    public static HttpRequestMessage BareRequest(Application application) =>
        new(HttpMethod.Post, $"/training/courses/{application.CourseId}/enrolments?userId={application.Officer.Id}&name={Uri.EscapeDataString(application.Officer.DisplayName)}");

    /// <summary>
    /// Each officer opens their learning page (<c>GET /api/training/enrolments?mine=true</c>), untimed: the rush comes from
    /// officers already signed in and looking at the course, whose sessions the host has seen (token and permissions
    /// looked up once, as for any request after a session's first).
    /// </summary>
    public static Task OpenSessionsAsync(HttpClient client, IReadOnlyList<Application> applications, int concurrency, CancellationToken cancellationToken)
    {
        var next = -1;
        return Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(
            async () =>
            {
                for (var i = Interlocked.Increment(ref next); i < applications.Count; i = Interlocked.Increment(ref next))
                {
                    using var message = new HttpRequestMessage(HttpMethod.Get, "/api/training/enrolments?mine=true")
                    {
                        Headers = { Authorization = new AuthenticationHeaderValue("Bearer", applications[i].Officer.AccessToken) },
                    };
                    using var response = await client.SendAsync(message, cancellationToken);
                    if (!response.IsSuccessStatusCode)
                    {
                        throw new BenchmarkFailedException($"GET {message.RequestUri} answered {(int)response.StatusCode}");
                    }
                }
            },
            cancellationToken)));
    }

    public static async Task<EnrolmentRunResult> RunAsync(
        string subject, HttpClient client, Func<Application, HttpRequestMessage> request, IReadOnlyList<Application> applications, int concurrency,
        CancellationToken cancellationToken)
    {
        var milliseconds = new double[applications.Count];
        var statuses = new string[applications.Count];
        var next = -1;
        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(
            async () =>
            {
                for (var i = Interlocked.Increment(ref next); i < applications.Count; i = Interlocked.Increment(ref next))
                {
                    var started = Stopwatch.GetTimestamp();
                    using var message = request(applications[i]);
                    using var response = await client.SendAsync(message, cancellationToken);
                    var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
                    milliseconds[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    statuses[i] = response.StatusCode == HttpStatusCode.Created
                        ? Status(body)
                        : throw new BenchmarkFailedException(
                            $"{subject}: {message.Method} {message.RequestUri} answered {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(body)}");
                }
            },
            cancellationToken)));
        return new EnrolmentRunResult(subject, applications, concurrency, watch.Elapsed, milliseconds, statuses);
    }

    private static string Status(byte[] body)
    {
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("status").GetString() ?? "";
    }
}
