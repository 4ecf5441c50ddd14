namespace Cqo.Benchmarks.Infrastructure;

/// <summary>A project the benchmark builds in Release and then starts as <c>dotnet &lt;dll&gt;</c>.</summary>
/// <param name="Project">Absolute path of the .csproj.</param>
/// <param name="ProjectFolder">Its folder: the content root, where appsettings.json lives.</param>
/// <param name="Dll">The Release build output.</param>
internal sealed record BuiltApp(string Project, string ProjectFolder, string Dll)
{
    // Matches Directory.Build.props; the benchmark runs what `dotnet build -c Release` produced, not a publish.
    private const string OutputFolder = "bin/Release/net10.0";

    public static BuiltApp At(string repoRoot, string relativeProject)
    {
        var project = Path.GetFullPath(relativeProject, repoRoot);
        var folder = Path.GetDirectoryName(project)!;
        var dll = Path.Combine(folder, OutputFolder, Path.GetFileNameWithoutExtension(project) + ".dll");
        return new BuiltApp(project, folder, dll);
    }
}
