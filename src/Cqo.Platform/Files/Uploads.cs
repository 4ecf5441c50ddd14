namespace Cqo.Platform.Files;

/// <summary>What every upload handler does with what a client sends: read no more than allowed, trust no name.</summary>
public static class Uploads
{
    /// <summary>
    /// Copies the upload into <paramref name="target"/>, stopping one byte past <paramref name="maxBytes"/>;
    /// false when the upload is larger than that, whatever length the client declared.
    /// </summary>
    public static async Task<bool> CopyAtMostAsync(Stream source, Stream target, long maxBytes, CancellationToken cancellationToken)
    {
        var chunk = new byte[81920];
        var limit = maxBytes + 1;
        long copied = 0;
        int read;
        while (copied < limit && (read = await source.ReadAsync(chunk.AsMemory(0, (int)Math.Min(chunk.Length, limit - copied)), cancellationToken)) > 0)
        {
            await target.WriteAsync(chunk.AsMemory(0, read), cancellationToken);
            copied += read;
        }

        await target.FlushAsync(cancellationToken);
        return copied <= maxBytes;
    }

    /// <summary>
    /// The client's file name without any folder part or control characters, its end kept within
    /// <paramref name="maxLength"/>; <paramref name="fallback"/> when nothing is left.
    /// </summary>
    public static string SafeFileName(string fileName, int maxLength, string fallback)
    {
        var name = string.Concat(fileName.Replace('\\', '/').Split('/')[^1].Trim().Where(c => !char.IsControl(c)));
        return name.Length == 0 ? fallback : name[^Math.Min(name.Length, maxLength)..];
    }
}
