using Cqo.Reference.Contracts;
using Cqo.SharedKernel.Domain;

namespace Cqo.Reference.Domain;

/// <summary>
/// A version of the appointment-training syllabus. Versions are added, never rewritten, because
/// courses and certificates name the version they followed.
/// </summary>
internal sealed class SyllabusVersion : AggregateRoot
{
    private readonly List<SyllabusModule> _modules = [];

    public SyllabusVersion(Guid id, string code, string titleZh, string titleEn, DateOnly effectiveFrom, decimal requiredHours)
        : base(id)
    {
        Code = code;
        TitleZh = titleZh;
        TitleEn = titleEn;
        EffectiveFrom = effectiveFrom;
        RequiredHours = requiredHours;
    }

    private SyllabusVersion() { }

    public string Code { get; private set; } = "";

    public string TitleZh { get; private set; } = "";

    public string TitleEn { get; private set; } = "";

    public DateOnly EffectiveFrom { get; private set; }

    /// <summary>Hours an appointment-training course must reach (default 24, configurable per version).</summary>
    public decimal RequiredHours { get; private set; }

    public IReadOnlyList<SyllabusModule> Modules => _modules;

    public void AddModule(string code, string nameZh, string nameEn, decimal hours, bool compulsory) =>
        _modules.Add(new SyllabusModule(code, nameZh, nameEn, hours, compulsory, _modules.Count + 1));

    public SyllabusVersionDto ToDto() => new(
        Code,
        TitleZh,
        TitleEn,
        EffectiveFrom,
        RequiredHours,
        [.. _modules.OrderBy(m => m.SortOrder).Select(m => new SyllabusModuleDto(m.Code, m.NameZh, m.NameEn, m.Hours, m.Compulsory))]);
}

/// <summary>A module of a syllabus version.</summary>
internal sealed class SyllabusModule(string code, string nameZh, string nameEn, decimal hours, bool compulsory, int sortOrder)
{
    public string Code { get; private set; } = code;

    public string NameZh { get; private set; } = nameZh;

    public string NameEn { get; private set; } = nameEn;

    public decimal Hours { get; private set; } = hours;

    public bool Compulsory { get; private set; } = compulsory;

    public int SortOrder { get; private set; } = sortOrder;
}
