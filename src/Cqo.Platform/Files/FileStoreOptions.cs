namespace Cqo.Platform.Files;

/// <summary>The <c>Files</c> section.</summary>
internal sealed class FileStoreOptions
{
    public const string Section = "Files";

    /// <summary>Folder of uploaded documents, relative to the host's content root unless absolute.</summary>
    public string Folder { get; set; } = "data/files";
}
