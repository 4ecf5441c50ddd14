namespace Cqo.Benchmarks.Oversight;

/// <summary>
/// Sizes of the oversight benchmark (issue 8: national scale). The fact tables are generated directly, set-based;
/// keeping the database is the registry section's <c>--keep-database</c>.
/// </summary>
/// <param name="Enterprises">Enterprises in oversight's copy (<c>EnterpriseFacts</c>), whose dimensions every fact carries.</param>
/// <param name="Filings">CQO appointment filings submitted from 2016 to yesterday.</param>
/// <param name="Enrolments">Enrolments on courses ending from 2017 to two months ahead; trainees repeat.</param>
/// <param name="Certificates">Certificates issued from 2016 to yesterday, three years of validity.</param>
/// <param name="Credits">Continuing-education entries completed from 2017 to yesterday.</param>
/// <param name="Runs">Measured requests per figure, query and subject (host and raw SQL alternating), after <paramref name="Warmup"/>.</param>
/// <param name="Warmup">Discarded requests per figure, query and subject before those.</param>
internal sealed record OversightOptions(
    int Enterprises = 1_000_000,
    int Filings = 1_000_000,
    int Enrolments = 5_000_000,
    int Certificates = 2_000_000,
    int Credits = 2_000_000,
    int Runs = 30,
    int Warmup = 3)
{
    /// <summary>A smoke run (<c>--quick</c>): 1/50 of the national scale, fewer runs; figures only indicative.</summary>
    public static OversightOptions Quick { get; } = new(Enterprises: 20_000, Filings: 20_000, Enrolments: 100_000, Certificates: 40_000, Credits: 40_000, Runs: 10, Warmup: 2);
}
