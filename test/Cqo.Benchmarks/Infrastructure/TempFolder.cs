namespace Cqo.Benchmarks.Infrastructure;

/// <summary>A fresh folder under the temp path, deleted on dispose (an embedded database per run).</summary>
internal sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("cqo-bench-").FullName;

    public void Dispose()
    {
        // A killed process may release its files a moment late (notably on Windows), so retry briefly;
        // a folder left in the temp path is not worth failing a finished measurement for.
        for (var attempt = 0; attempt < 10; attempt++)
        {
            try
            {
                if (Directory.Exists(Path))
                {
                    Directory.Delete(Path, recursive: true);
                }

                return;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                Thread.Sleep(100);
            }
        }
    }
}
