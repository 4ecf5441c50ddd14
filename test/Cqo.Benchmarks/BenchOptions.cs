using System.Globalization;
using Cqo.Benchmarks.Certification;
using Cqo.Benchmarks.Notifications;
using Cqo.Benchmarks.Oversight;
using Cqo.Benchmarks.Registry;
using Cqo.Benchmarks.Training;

namespace Cqo.Benchmarks;

/// <summary>The command line: where the report goes, how many runs, which sections, and the registry, training, certification, notifications and oversight sections' sizes.</summary>
internal sealed class BenchOptions
{
    public const string Usage =
        "Usage: dotnet run -c Release --project test/Cqo.Benchmarks -- [--output artifacts/bench/report.md] [--runs 5]\n"
        + "         [--only startup|registry|training|certification|notifications|oversight] [--enterprises 1000000] [--people 1000000] [--requests 300]\n"
        + "         [--seconds 10] [--clients 8] [--latency-seconds 30] [--import-rows 100000] [--keep-database]\n"
        + "         [--providers 200] [--courses 20000] [--enrolments 5000000] [--seat-courses 50] [--seats-left 5]\n"
        + "         [--waitlist 3] [--applying 32] [--certificates 2000000] [--pdfs 100] [--mails 5000] [--delivery-runs 3] [--delivery-history 0]\n"
        + "         [--filings 1000000] [--credits 2000000] [--figure-runs 30] [--quick]\n"
        + "       --requests, --seconds, --clients, --latency-seconds and --keep-database apply to the registry, training, certification and\n"
        + "       notifications sections; --certificates to the certification and notifications sections;\n"
        + "       --quick is a smoke run of the certification section (20,000 certificates, 20 PDFs a batch) and of the notifications\n"
        + "       section (100,000 certificates, 500 mails, 2 delivery runs) and of the oversight section (1/50 of the national scale, 10 runs),\n"
        + "       before the size options; --enterprises, --enrolments and --certificates also size the oversight section's facts.";

    /// <summary>Absolute path of the report; null means the default under the repository root.</summary>
    public string? Output { get; private set; }

    /// <summary>Measured runs per subject, after one discarded warm-up run.</summary>
    public int Runs { get; private set; } = 5;

    /// <summary>One section's key (<c>startup</c>, <c>registry</c>, <c>training</c>, <c>certification</c>, <c>notifications</c>, <c>oversight</c>); null runs them all.</summary>
    public string? Only { get; private set; }

    public RegistryOptions Registry { get; private set; } = new();

    public TrainingOptions Training { get; private set; } = new();

    public CertificationOptions Certification { get; private set; } = new();

    public NotificationsOptions Notifications { get; private set; } = new();

    public OversightOptions Oversight { get; private set; } = new();

    public static bool TryParse(string[] args, out BenchOptions options, out string error)
    {
        options = new BenchOptions();
        error = "";
        // The smoke-run sizes first, so --certificates, --pdfs, --mails and --delivery-runs given with them still count.
        if (args.Contains("--quick"))
        {
            options.Certification = CertificationOptions.Quick;
            options.Notifications = NotificationsOptions.Quick;
            options.Oversight = OversightOptions.Quick;
        }

        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            var number = int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : (int?)null;
            if (args[i] == "--keep-database")
            {
                options.Registry = options.Registry with { KeepDatabase = true };
                continue;
            }

            if (args[i] == "--quick")
            {
                continue;
            }

            switch (args[i])
            {
                case "--output" when value is not null:
                    // Relative to where the command was typed, like any other CLI path.
                    options.Output = Path.GetFullPath(value);
                    break;
                case "--only" when value is "startup" or "registry" or "training" or "certification" or "notifications" or "oversight":
                    options.Only = value;
                    break;
                case "--runs" when number is { } runs:
                    options.Runs = runs;
                    break;
                case "--enterprises" when number is { } enterprises:
                    options.Registry = options.Registry with { Enterprises = enterprises };
                    options.Oversight = options.Oversight with { Enterprises = enterprises };
                    break;
                case "--people" when number is { } people:
                    options.Registry = options.Registry with { People = people };
                    break;
                case "--requests" when number is { } requests:
                    options.Registry = options.Registry with { Requests = requests };
                    break;
                case "--seconds" when number is { } seconds:
                    options.Registry = options.Registry with { Seconds = seconds };
                    break;
                case "--clients" when number is { } clients:
                    options.Registry = options.Registry with { Clients = clients };
                    break;
                case "--latency-seconds" when number is { } latencySeconds:
                    options.Registry = options.Registry with { LatencySeconds = latencySeconds };
                    break;
                case "--import-rows" when number is { } importRows:
                    options.Registry = options.Registry with { ImportRows = importRows };
                    break;
                case "--providers" when number is { } providers:
                    options.Training = options.Training with { Providers = providers };
                    break;
                case "--courses" when number is { } courses:
                    options.Training = options.Training with { Courses = courses };
                    break;
                case "--enrolments" when number is { } enrolments:
                    options.Training = options.Training with { Enrolments = enrolments };
                    options.Oversight = options.Oversight with { Enrolments = enrolments };
                    break;
                case "--seat-courses" when number is { } seatCourses:
                    options.Training = options.Training with { SeatCourses = seatCourses };
                    break;
                case "--seats-left" when number is { } seatsLeft:
                    options.Training = options.Training with { SeatsLeft = seatsLeft };
                    break;
                case "--waitlist" when number is { } waitlist:
                    options.Training = options.Training with { Waitlist = waitlist };
                    break;
                case "--applying" when number is { } applying:
                    options.Training = options.Training with { Applying = applying };
                    break;
                case "--certificates" when number is { } certificates:
                    options.Certification = options.Certification with { Certificates = certificates };
                    options.Notifications = options.Notifications with { Certificates = certificates };
                    options.Oversight = options.Oversight with { Certificates = certificates };
                    break;
                case "--pdfs" when number is { } pdfs:
                    options.Certification = options.Certification with { Pdfs = pdfs };
                    break;
                case "--mails" when number is { } mails:
                    options.Notifications = options.Notifications with { Mails = mails };
                    break;
                case "--delivery-runs" when number is { } deliveryRuns:
                    options.Notifications = options.Notifications with { DeliveryRuns = deliveryRuns };
                    break;
                case "--delivery-history" when number is { } deliveryHistory:
                    options.Notifications = options.Notifications with { DeliveryHistory = deliveryHistory };
                    break;
                case "--filings" when number is { } filings:
                    options.Oversight = options.Oversight with { Filings = filings };
                    break;
                case "--credits" when number is { } credits:
                    options.Oversight = options.Oversight with { Credits = credits };
                    break;
                case "--figure-runs" when number is { } figureRuns:
                    options.Oversight = options.Oversight with { Runs = figureRuns };
                    break;
                default:
                    error = $"Unexpected or incomplete argument '{args[i]}'.";
                    return false;
            }

            i++;
        }

        return true;
    }
}
