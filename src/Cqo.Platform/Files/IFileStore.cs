namespace Cqo.Platform.Files;

/// <summary>
/// Where uploaded documents are kept. The store chooses each key, so a caller never builds a path;
/// a key the store could not have produced names no file.
/// </summary>
public interface IFileStore
{
    /// <summary>
    /// Stores the content and returns its new key, e.g. <c>2026/11/&lt;guid&gt;.pdf</c>. The extension is
    /// letters and digits, with or without the leading dot, or empty for none.
    /// </summary>
    Task<string> SaveAsync(Stream content, string extension, CancellationToken ct);

    /// <summary>The stored content, or null when the key is unknown or malformed.</summary>
    Task<Stream?> OpenReadAsync(string key, CancellationToken ct);

    /// <summary>Removes the file; deleting an unknown key does nothing.</summary>
    Task DeleteAsync(string key, CancellationToken ct);
}
