using Cqo.Reference.Domain;

namespace Cqo.Reference.Infrastructure.Seeding;

/// <summary>
/// Syllabus v1: the national appointment-training syllabus's eight compulsory modules, 24 hours in
/// all (3 each). Hours and the total are defaults a municipal regulator may change in a new version.
/// </summary>
internal static class SyllabusCatalog
{
    public const string V1 = "v1";

    internal static SyllabusVersion CreateV1()
    {
        var v1 = new SyllabusVersion(
            Guid.Parse("0195f3a0-0000-7000-8000-000000000001"),
            V1,
            "企业首席质量官任职培训大纲（试行）",
            "CQO appointment training syllabus (trial)",
            new DateOnly(2021, 1, 1),
            requiredHours: 24m);
        v1.AddModule("M01", "国家质量发展政策", "National quality development policy", 3m, compulsory: true);
        v1.AddModule("M02", "质量法律法规", "Quality law and regulations", 3m, compulsory: true);
        v1.AddModule("M03", "首席质量官制度", "The chief quality officer system", 3m, compulsory: true);
        v1.AddModule("M04", "质量战略管理", "Quality strategy management", 3m, compulsory: true);
        v1.AddModule("M05", "质量文化", "Quality culture", 3m, compulsory: true);
        v1.AddModule("M06", "质量管理体系", "Quality management systems", 3m, compulsory: true);
        v1.AddModule("M07", "质量经济学", "Economics of quality", 3m, compulsory: true);
        v1.AddModule("M08", "品牌管理", "Brand management", 3m, compulsory: true);
        return v1;
    }
}
