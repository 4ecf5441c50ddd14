using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Cqo.Platform.Files;

/// <summary>
/// Files under one local folder (a shared volume when several hosts run), keyed
/// <c>yyyy/MM/&lt;guid&gt;.ext</c> so no folder grows without bound.
/// </summary>
internal sealed partial class LocalFolderFileStore : IFileStore
{
    private const int BufferSize = 81920;

    private readonly string _root;
    private readonly TimeProvider _clock;

    public LocalFolderFileStore(IOptions<FileStoreOptions> options, IHostEnvironment environment, TimeProvider clock)
    {
        _root = Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.Value.Folder));
        _clock = clock;
    }

    public async Task<string> SaveAsync(Stream content, string extension, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(content);
        var now = _clock.GetUtcNow();
        var key = string.Create(CultureInfo.InvariantCulture, $"{now:yyyy}/{now:MM}/{Guid.NewGuid():N}{NormalizeExtension(extension)}");
        var path = PathOf(key);
        var folder = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(folder);

        // Written beside the target and moved into place, so a reader never sees half a file. The
        // leading dot keeps the temporary name outside what a key can name.
        var temporary = Path.Combine(folder, $".{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, useAsync: true))
            {
                await content.CopyToAsync(file, ct);
                file.Flush(flushToDisk: true);
            }

            File.Move(temporary, path);
            return key;
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    public Task<Stream?> OpenReadAsync(string key, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        if (!IsKey(key))
        {
            return Task.FromResult<Stream?>(null);
        }

        try
        {
            // Delete sharing lets a file be removed while someone is still downloading it.
            Stream stream = new FileStream(PathOf(key), FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, BufferSize, useAsync: true);
            return Task.FromResult<Stream?>(stream);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return Task.FromResult<Stream?>(null);
        }
    }

    public Task DeleteAsync(string key, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        if (IsKey(key))
        {
            // File.Delete ignores a missing file; a missing month folder is the same answer.
            try
            {
                File.Delete(PathOf(key));
            }
            catch (DirectoryNotFoundException)
            {
            }
        }

        return Task.CompletedTask;
    }

    /// <summary>Exactly what <see cref="SaveAsync"/> produces, so no key can climb out of the folder.</summary>
    internal static bool IsKey(string? key) => key is not null && KeyPattern().IsMatch(key);

    private static string NormalizeExtension(string extension)
    {
        var bare = extension.TrimStart('.').ToLowerInvariant();
        if (bare.Length == 0)
        {
            return "";
        }

        if (bare.Length > 10 || !bare.All(char.IsAsciiLetterOrDigit))
        {
            throw new ArgumentException($"'{extension}' is not a file extension of at most 10 letters and digits.", nameof(extension));
        }

        return "." + bare;
    }

    private string PathOf(string key) => Path.Combine(_root, key.Replace('/', Path.DirectorySeparatorChar));

    // [0-9] and \z, not \d and $: \d matches other scripts' digits and $ accepts a trailing newline.
    [GeneratedRegex(@"\A[0-9]{4}/[0-9]{2}/[0-9a-f]{32}(\.[a-z0-9]{1,10})?\z", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();
}
