using Cqo.Platform.Files;
using Cqo.Platform.Time;
using Cqo.Reference.Contracts.Identifiers;
using Cqo.Registry.Application.People;
using Cqo.Registry.Contracts;
using Cqo.Registry.Domain;
using Cqo.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Registry.Infrastructure.Seeding;

/// <summary>
/// Demo enterprises (the demo enterprise account's own among them, by its USCC), their quality
/// staff, and filings in several states so that every page has something to show.
/// </summary>
internal sealed class DemoRegistry(RegistryDbContext db, IdNumbers idNumbers, IFileStore files, WorkingCalendar calendar, TimeProvider clock)
{
    /// <summary>The demo enterprise account's own enterprise (DemoAccounts in identity).</summary>
    public const string DemoUscc = "91310110666007217T";

    private static readonly Actor s_seeder = new(null, "demo");

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Enterprises.AnyAsync(e => e.Uscc == DemoUscc, cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow();
        var today = clock.Today();
        var own = Enterprise(DemoUscc, "上海示例精密制造有限公司", "310115", "34", EnterpriseScale.Medium, awards: [new("上海市质量金奖", AwardLevel.Municipal, 2024)]);
        var auto = Enterprise("91310115MA1K3B2C4X", "上海浦江汽车零部件有限公司", "310115", "36", EnterpriseScale.Large);
        var food = Enterprise("91310104MA1FL5Q681", "上海徐汇食品科技有限公司", "310104", "14", EnterpriseScale.Small);
        var chips = Enterprise("91310112MA1GB7X098", "上海闵行微电子有限公司", "310112", "39", EnterpriseScale.Medium, specialised: true);
        db.Enterprises.AddRange(own, auto, food, chips);

        Person(own, "王建国", "310115198003141239", Education.Master, TitleLevel.Senior, 18);
        Person(own, "李晓梅", "31011519850722234X", Education.Bachelor, TitleLevel.Intermediate, 12);
        var autoOfficer = Person(auto, "陈志强", "310104197801053459", Education.Bachelor, TitleLevel.AssociateSenior, 20);
        var chipsOfficer = Person(chips, "赵敏", "310112199009184569", Education.Master, TitleLevel.Intermediate, 9);

        var submitted = Filing(auto, autoOfficer, await DemoLetterAsync(cancellationToken), now);
        submitted.Submit(s_seeder, now);
        var announcing = Filing(chips, chipsOfficer, await DemoLetterAsync(cancellationToken), now);
        announcing.Submit(s_seeder, now);
        announcing.StartReview(s_seeder, now, null);
        announcing.Approve(s_seeder, now, "材料齐全，同意备案。", today, calendar.AddWorkingDays(today, 5));
        db.Filings.AddRange(submitted, announcing);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static Enterprise Enterprise(
        string uscc, string name, string district, string division, EnterpriseScale scale, bool specialised = false, IReadOnlyList<QualityAwardDto>? awards = null) =>
        new(OrganisationIds.FromUscc(uscc), uscc, null, new EnterpriseProfile(
            name, $"上海市{name[2..4]}示例路 1 号", district, district, division, scale, scale is EnterpriseScale.Large or EnterpriseScale.Medium, specialised, awards ?? []));

    private Person Person(Enterprise enterprise, string name, string residentId, Education education, TitleLevel title, int years)
    {
        var person = new Person(
            Guid.CreateVersion7(clock.GetUtcNow()), enterprise.Id, enterprise.JurisdictionCode!, idNumbers.Protect(PersonalIdType.ResidentId, residentId),
            new PersonProfile(name, education, "质量管理", title, title, years, "021-60000000", null, null, null));
        db.People.Add(person);
        return person;
    }

    private Filing Filing(Enterprise enterprise, Person person, FilingLetter letter, DateTimeOffset now)
    {
        var filing = new Filing(
            Guid.CreateVersion7(now), enterprise.Id, enterprise.JurisdictionCode!,
            new FilingDetails(person.Id, AppointingBody.GeneralManager, clock.Today().AddDays(-7), clock.Today().AddYears(3), "SHCQO-2025-310115-000001", null,
                RuleSetTerms.Default.RequiredDeclarations, null),
            s_seeder, now);
        filing.AttachLetter(letter, s_seeder, now);
        return filing;
    }

    /// <summary>A one-page PDF standing in for a scanned appointment letter.</summary>
    private async Task<FilingLetter> DemoLetterAsync(CancellationToken cancellationToken)
    {
        var pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj 3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"u8.ToArray();
        using var content = new MemoryStream(pdf);
        var key = await files.SaveAsync(content, ".pdf", cancellationToken);
        return new FilingLetter(key, "聘任书.pdf", "application/pdf", pdf.Length, clock.GetUtcNow());
    }
}
