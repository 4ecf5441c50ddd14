namespace Cqo.Benchmarks;

/// <summary>One "## Name" section of the report. Later benchmarks add a class, not a new program.</summary>
internal interface IBenchmarkSection
{
    /// <summary>The section heading.</summary>
    string Name { get; }

    /// <summary>Measures and returns the section body as markdown (without its heading).</summary>
    Task<string> RunAsync(BenchContext context);
}
