namespace Cqo.Benchmarks;

/// <summary>A measurement could not be taken; carries the child's last output lines so the cause is visible.</summary>
internal sealed class BenchmarkFailedException(string message, IReadOnlyList<string>? output = null)
    : Exception(message)
{
    public IReadOnlyList<string> Output { get; } = output ?? [];
}
