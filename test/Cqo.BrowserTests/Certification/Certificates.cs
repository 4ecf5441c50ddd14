using System.Globalization;
using Cqo.Certification.Application;
using Cqo.Certification.Application.Issuing;
using Cqo.Certification.Application.LifeCycle;
using Cqo.Certification.Contracts;
using Cqo.Certification.Domain;
using Cqo.Certification.Infrastructure;
using Cqo.Identity.Domain;
using Cqo.Reference.Contracts.Identifiers;
using Cqo.Registry.Application.People;
using Cqo.Registry.Contracts;
using Cqo.SharedKernel.Time;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Cqo.BrowserTests.Certification;

/// <summary>Certificates arranged behind the UI, acting as the system: each test gets fresh ones of its own.</summary>
internal static class Certificates
{
    /// <summary>The demo enterprise account's own enterprise (Pudong, 310115).</summary>
    public const string DemoUscc = "91310110666007217T";

    private static readonly int[] s_residentWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    /// <summary>
    /// A new person of the demo enterprise, recorded in the registry, and the certificate the municipal regulator
    /// issues them by hand (as for training recognised from elsewhere). Their name is unique, as is the number.
    /// </summary>
    public static async Task<CertificateDto> IssuedByHandAsync(IServiceProvider root, string reason = "浏览器测试：外省培训证书认定", string namePrefix = "证书")
    {
        var person = await NewPersonAsync(root, namePrefix);
        await using var scope = root.CreateAsyncScope();
        var issued = await scope.ServiceProvider.GetRequiredService<IssueByHand>()
            .IssueAsync(new IssueCertificateRequest(person.Id, reason), CancellationToken.None);
        return issued.Certificate;
    }

    /// <summary>A new person of the demo enterprise (<see cref="DemoUscc"/>), recorded in the registry, with a unique name after <paramref name="namePrefix"/>.</summary>
    public static async Task<PersonDto> NewPersonAsync(IServiceProvider root, string namePrefix = "证书")
    {
        await using var scope = root.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SavePersonHandler>().CreateAsync(new CreatePersonRequest(
            OrganisationIds.FromUscc(DemoUscc), $"{namePrefix}{UniqueChineseSuffix()}", PersonalIdType.ResidentId, NewResidentId(), Education.Bachelor, "质量工程",
            TitleLevel.Intermediate, TitleLevel.Intermediate, 5, "13800000000", null, null, null), CancellationToken.None);
    }

    /// <summary>A certificate whose holder is the demo officer's account, as a pass of appointment training would issue it.</summary>
    public static async Task<CertificateDto> IssuedToDemoOfficerAsync(IServiceProvider root, string courseTitle)
    {
        await using var scope = root.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var officer = await services.GetRequiredService<UserManager<UserAccount>>().FindByNameAsync("officer")
            ?? throw new InvalidOperationException("The demo officer account is missing.");
        var options = services.GetRequiredService<IOptions<CertificationOptions>>().Value;
        var clock = services.GetRequiredService<TimeProvider>();
        var today = clock.Today();
        var holder = new CertificateHolder(officer.DisplayName ?? "首席质量官学员", null, officer.Id, null, OrganisationIds.FromUscc(DemoUscc), "310115");
        var course = new CertifiedCourse(null, null, null, courseTitle, options.IssuerName);
        var terms = new CertificateTerms(today, options.ValidUntil(today), CertificateOrigin.CoursePassed);
        var db = services.GetRequiredService<CertificationDbContext>();
        var certificate = await services.GetRequiredService<CertificateIssuer>().InTransactionAsync(today.Year, "310115", async next =>
            db.Certificates.Add(new Certificate(Guid.CreateVersion7(), await next(), holder, course, terms, clock.GetUtcNow(), null)).Entity, CancellationToken.None);
        return (await services.GetRequiredService<Cqo.Certification.Application.Queries.CertificateQueries>().GetAsync(certificate.Id, CancellationToken.None)).Certificate;
    }

    /// <summary>
    /// A certificate of the demo officer's issued three years ago less 30 days, so its last day is 29 days away and its
    /// renewal window is open (as <c>RenewalTests</c> arranges it).
    /// </summary>
    public static async Task<CertificateDto> NearItsEndForDemoOfficerAsync(IServiceProvider root)
    {
        await using var scope = root.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var officer = await services.GetRequiredService<UserManager<UserAccount>>().FindByNameAsync("officer")
            ?? throw new InvalidOperationException("The demo officer account is missing.");
        var options = services.GetRequiredService<IOptions<CertificationOptions>>().Value;
        var issuedOn = services.GetRequiredService<TimeProvider>().Today().AddYears(-3).AddDays(30);
        var holder = new CertificateHolder(officer.DisplayName ?? "首席质量官学员", null, officer.Id, null, OrganisationIds.FromUscc(DemoUscc), "310115");
        var course = new CertifiedCourse(null, null, null, $"浏览器测试：续期{Random.Shared.Next(100_000, 1_000_000)}", options.IssuerName);
        var terms = new CertificateTerms(issuedOn, issuedOn.AddYears(3).AddDays(-1), CertificateOrigin.Manual, Reason: "浏览器测试：续期");
        var db = services.GetRequiredService<CertificationDbContext>();
        var certificate = await services.GetRequiredService<CertificateIssuer>().InTransactionAsync(issuedOn.Year, "310115", async next =>
            db.Certificates.Add(new Certificate(Guid.CreateVersion7(), await next(), holder, course, terms, issuedOn.StartOfShanghaiDay(), null)).Entity,
            CancellationToken.None);
        return (await services.GetRequiredService<Cqo.Certification.Application.Queries.CertificateQueries>().GetAsync(certificate.Id, CancellationToken.None)).Certificate;
    }

    /// <summary>Takes a regulator's step on a certificate behind the UI (acting as the system).</summary>
    public static async Task<CertificateDto> SuspendedAsync(IServiceProvider root, CertificateDto certificate, string reason)
    {
        await using var scope = root.CreateAsyncScope();
        var steps = scope.ServiceProvider.GetRequiredService<CertificateSteps>();
        return (await steps.SuspendAsync(certificate.Id, new CertificateStepRequest(certificate.ConcurrencyStamp, reason), CancellationToken.None)).Certificate;
    }

    /// <summary>Three random CJK characters: names in tests stay unique and still look like names.</summary>
    private static string UniqueChineseSuffix() =>
        string.Concat(Enumerable.Range(0, 3).Select(_ => (char)Random.Shared.Next(0x4E00, 0x9FA5)));

    /// <summary>A mainland resident ID number with a valid check digit, born in a random year of the 1980s.</summary>
    private static string NewResidentId()
    {
        var birth = new DateOnly(1980, 1, 1).AddDays(Random.Shared.Next(0, 3650));
        var body = string.Create(CultureInfo.InvariantCulture, $"310115{birth:yyyyMMdd}{Random.Shared.Next(100, 999)}");
        var sum = body.Select((c, i) => (c - '0') * s_residentWeights[i]).Sum();
        return body + "10X98765432"[sum % 11];
    }
}
