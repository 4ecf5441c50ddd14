namespace Cqo.BrowserTests.Infrastructure;

/// <summary>The repository root: the nearest folder above the test assembly that holds Cqo.slnx.</summary>
internal static class RepositoryRoot
{
    private static readonly Lazy<string> s_path = new(Find);

    public static string Path => s_path.Value;

    private static string Find()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "Cqo.slnx")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No Cqo.slnx found above {AppContext.BaseDirectory}.");
    }
}
