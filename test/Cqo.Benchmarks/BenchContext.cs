using Cqo.Benchmarks.Infrastructure;

namespace Cqo.Benchmarks;

/// <summary>What every section gets: where the repository is, how many runs, the built apps, where to log.</summary>
/// <param name="RepoRoot">The folder holding Cqo.slnx.</param>
/// <param name="Runs">Measured runs per subject (a discarded warm-up run comes on top).</param>
/// <param name="Host">Cqo.Host, built in Release.</param>
/// <param name="BareApp">The bare ASP.NET Core baseline, built in Release.</param>
/// <param name="Log">Progress output; stderr, so stdout stays the report.</param>
/// <param name="CancellationToken">Cancelled on Ctrl+C.</param>
internal sealed record BenchContext(
    string RepoRoot,
    int Runs,
    BuiltApp Host,
    BuiltApp BareApp,
    TextWriter Log,
    CancellationToken CancellationToken);
