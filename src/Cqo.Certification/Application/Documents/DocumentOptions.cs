namespace Cqo.Certification.Application.Documents;

/// <summary>The <c>Certification:Documents</c> section: what printed certificates are drawn with.</summary>
internal sealed class DocumentOptions
{
    public const string Section = "Certification:Documents";

    /// <summary>
    /// A TrueType font (.ttf) or collection (.ttc, whose first face is used) with Chinese glyphs. It is
    /// embedded in every certificate, so the servers need no fonts installed beyond this one file.
    /// </summary>
    public string FontPath { get; set; } = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";

    /// <summary>The setting's full name, for messages that tell an operator what to fix.</summary>
    public const string FontPathSetting = Section + ":" + nameof(FontPath);
}
