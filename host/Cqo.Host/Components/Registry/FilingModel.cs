using Cqo.Registry.Application.Filings;
using Cqo.Registry.Contracts;

namespace Cqo.Host.Components.Registry;

/// <summary>What the filing wizard edits, in the shapes its inputs bind to; null fields are reported by the validator.</summary>
public sealed class FilingModel
{
    public Guid? PersonId { get; set; }

    public AppointingBody? AppointedBy { get; set; }

    public DateTime? AppointmentDate { get; set; }

    public DateTime? TermEnd { get; set; }

    public string? CertificateNumber { get; set; }

    public string? WaiverReason { get; set; }

    public HashSet<string> Declarations { get; } = new(StringComparer.Ordinal);

    /// <summary>The enterprise's active appointment this one replaces (it ends when this one becomes active), if any.</summary>
    public Guid? ReplacesFilingId { get; set; }

    /// <summary>A new filing: appointed today for a three-year term, the usual case.</summary>
    public static FilingModel New(DateOnly today) => new()
    {
        AppointmentDate = today.ToDateTime(TimeOnly.MinValue),
        TermEnd = today.AddYears(3).AddDays(-1).ToDateTime(TimeOnly.MinValue),
    };

    public static FilingModel From(FilingDto filing)
    {
        var model = new FilingModel
        {
            PersonId = filing.PersonId,
            AppointedBy = filing.AppointedBy,
            AppointmentDate = filing.AppointmentDate.ToDateTime(TimeOnly.MinValue),
            TermEnd = filing.TermEnd?.ToDateTime(TimeOnly.MinValue),
            CertificateNumber = filing.TrainingCertificateNumber,
            WaiverReason = filing.WaiverReason,
            ReplacesFilingId = filing.ReplacesFilingId,
        };
        model.Declarations.UnionWith(filing.Declarations);
        return model;
    }

    /// <summary>The values as one string, to tell whether anything changed since the last save.</summary>
    public string Snapshot() => string.Join(
        '\u001f',
        PersonId, AppointedBy, Day(AppointmentDate), Day(TermEnd), Blank(CertificateNumber), Blank(WaiverReason),
        string.Join(',', Declarations.Order(StringComparer.Ordinal)), ReplacesFilingId);

    internal CreateFilingRequest ToCreate(Guid? enterpriseId) => new(
        enterpriseId, PersonId ?? Guid.Empty, AppointedBy, Day(AppointmentDate), Day(TermEnd), CertificateNumber, WaiverReason, [.. Declarations], ReplacesFilingId);

    internal UpdateFilingRequest ToUpdate(Guid concurrencyStamp) => new(
        PersonId ?? Guid.Empty, AppointedBy, Day(AppointmentDate), Day(TermEnd), CertificateNumber, WaiverReason, [.. Declarations], ReplacesFilingId, concurrencyStamp);

    // An input left empty may answer "" where it started as null: the same value.
    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static DateOnly? Day(DateTime? date) => date is { } d ? DateOnly.FromDateTime(d) : null;
}
