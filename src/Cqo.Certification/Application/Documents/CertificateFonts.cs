using System.Collections.Concurrent;
using PdfSharp.Fonts;

namespace Cqo.Certification.Application.Documents;

/// <summary>
/// The fonts certificates are drawn with. PDFsharp asks one process-wide resolver for every font and
/// takes it only once, before its first use, so this one is installed once and serves each configured
/// font file under a family name of its own: two renderers with different files can live side by side.
/// </summary>
internal sealed class CertificateFonts : IFontResolver
{
    private static readonly CertificateFonts s_instance = new();
    private static readonly Lock s_installLock = new();
    private static volatile bool s_installed;

    // By full path, so each file is read once however many renderers use it.
    private readonly ConcurrentDictionary<string, Lazy<string>> _familiesByPath = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte[]> _faces = new(StringComparer.Ordinal);
    private int _loaded;

    private CertificateFonts() { }

    /// <summary>Loads the font file once and returns the family name to draw it with.</summary>
    public static string Family(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new InvalidOperationException($"{DocumentOptions.FontPathSetting} is not set: certificates need a font file with Chinese glyphs.");
        }

        Install();
        var fullPath = Path.GetFullPath(path);
        var family = s_instance._familiesByPath.GetOrAdd(fullPath, p => new Lazy<string>(() => s_instance.Load(p)));
        try
        {
            return family.Value;
        }
        catch
        {
            // A file put in place later should be picked up, not the old failure.
            s_instance._familiesByPath.TryRemove(new KeyValuePair<string, Lazy<string>>(fullPath, family));
            throw;
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool isBold, bool isItalic) =>
        _faces.ContainsKey(familyName) ? new FontResolverInfo(familyName) : null;

    public byte[]? GetFont(string faceName) => _faces.GetValueOrDefault(faceName);

    private static void Install()
    {
        if (s_installed)
        {
            return;
        }

        lock (s_installLock)
        {
            if (s_installed)
            {
                return;
            }

            var current = GlobalFontSettings.FontResolver;
            if (current is not null && !ReferenceEquals(current, s_instance))
            {
                throw new InvalidOperationException(
                    $"PDFsharp already has another font resolver ({current.GetType().FullName}); certificates need theirs, and PDFsharp takes only one per process.");
            }

            GlobalFontSettings.FontResolver = s_instance;
            s_installed = true;
        }
    }

    private string Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new InvalidOperationException(
                $"{DocumentOptions.FontPathSetting}: there is no font file at '{path}'. Point it to a TrueType font (.ttf or .ttc) with Chinese glyphs, such as WenQuanYi Micro Hei.");
        }

        byte[] face;
        try
        {
            face = TrueTypeCollection.FirstFace(File.ReadAllBytes(path));
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            throw new InvalidOperationException($"{DocumentOptions.FontPathSetting}: '{path}' cannot be read as a TrueType font. {e.Message}", e);
        }

        var family = $"CqoCertificate{Interlocked.Increment(ref _loaded)}";
        _faces[family] = face;
        return family;
    }
}
