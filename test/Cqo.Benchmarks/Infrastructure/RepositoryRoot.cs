namespace Cqo.Benchmarks.Infrastructure;

/// <summary>Finds the repository root, so the benchmark works from any folder and from its own bin folder.</summary>
internal static class RepositoryRoot
{
    private const string Marker = "Cqo.slnx";

    public static string Find() =>
        WalkUp(Directory.GetCurrentDirectory())
        ?? WalkUp(AppContext.BaseDirectory)
        ?? throw new BenchmarkFailedException(
            $"No {Marker} above '{Directory.GetCurrentDirectory()}' or '{AppContext.BaseDirectory}'; run from inside the repository.");

    private static string? WalkUp(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, Marker)))
            {
                return folder.FullName;
            }
        }

        return null;
    }
}
