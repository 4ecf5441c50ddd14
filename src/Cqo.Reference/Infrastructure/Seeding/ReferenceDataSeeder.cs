using Cqo.Reference.Domain;
using Cqo.SharedKernel.Seeding;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Reference.Infrastructure.Seeding;

/// <summary>Adds whatever reference rows are missing, by code; never changes rows users have edited.</summary>
internal sealed class ReferenceDataSeeder(ReferenceDbContext db) : IDataSeedContributor
{
    public int Order => -100;

    public async Task SeedAsync(SeedContext context, CancellationToken cancellationToken)
    {
        var districts = await db.Districts.Select(d => d.Code).ToHashSetAsync(cancellationToken);
        var order = 0;
        foreach (var d in ShanghaiCatalog.Districts)
        {
            order++;
            if (!districts.Contains(d.Code))
            {
                db.Districts.Add(new District(d.Code, d.NameZh, d.NameEn, order));
            }
        }

        var sections = await db.IndustrySections.Select(s => s.Code).ToHashSetAsync(cancellationToken);
        db.IndustrySections.AddRange(IndustryCatalog.Sections.Where(s => !sections.Contains(s.Code)).Select(s => new IndustrySection(s.Code, s.NameZh, s.NameEn)));
        var divisions = await db.IndustryDivisions.Select(d => d.Code).ToHashSetAsync(cancellationToken);
        db.IndustryDivisions.AddRange(IndustryCatalog.Divisions.Where(d => !divisions.Contains(d.Code)).Select(d => new IndustryDivision(d.Code, d.SectionCode, d.NameZh, d.NameEn)));

        var units = await db.RegulatorUnits.IgnoreQueryFilters().Select(u => u.Code).ToHashSetAsync(cancellationToken);
        db.RegulatorUnits.AddRange(ShanghaiCatalog.RegulatorUnits()
            .Where(u => !units.Contains(u.Code))
            .Select(u => new RegulatorUnit(SeedId(u.Code), u.Code, u.NameZh, u.NameEn, u.Kind, u.DistrictCode)));

        if (!await db.SyllabusVersions.AnyAsync(v => v.Code == SyllabusCatalog.V1, cancellationToken))
        {
            db.SyllabusVersions.Add(SyllabusCatalog.CreateV1());
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Seeded units get the same id in every database, so demo data and links line up.</summary>
    private static Guid SeedId(string code) =>
        new(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes("cqo:regulator-unit:" + code)).AsSpan(0, 16));
}
