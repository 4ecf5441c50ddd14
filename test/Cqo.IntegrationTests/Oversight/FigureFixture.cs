using Cqo.Certification.Contracts;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.Oversight.Domain;
using Cqo.Oversight.Infrastructure;
using Cqo.Platform.Time;
using Cqo.Registry.Contracts;
using Cqo.SharedKernel.Time;
using Cqo.Training.Contracts;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.IntegrationTests.Oversight;

/// <summary>
/// Facts whose figures are computed by hand in <see cref="FigureTests"/>, written straight into the
/// fact store as the refresh would write them. Two enterprises in Pudong (one of them in the Lingang
/// unit) and one in Xuhui; the host's clock stands at 16 March 2026.
/// </summary>
internal static class FigureFixture
{
    public static readonly Guid E1 = Guid.Parse("0e000000-0000-0000-0000-000000000001");
    public static readonly Guid E2 = Guid.Parse("0e000000-0000-0000-0000-000000000002");
    public static readonly Guid E3 = Guid.Parse("0e000000-0000-0000-0000-000000000003");
    public static readonly Guid Provider1 = Guid.Parse("0f000000-0000-0000-0000-000000000001");
    public static readonly Guid Provider2 = Guid.Parse("0f000000-0000-0000-0000-000000000002");

    private static readonly SemaphoreSlim s_once = new(1, 1);
    private static readonly HashSet<CqoApp> s_written = [];

    public static async Task WriteOnceAsync(CqoApp app)
    {
        await s_once.WaitAsync();
        try
        {
            if (s_written.Add(app))
            {
                await WriteAsync(app);
            }
        }
        finally
        {
            s_once.Release();
        }
    }

    private static async Task WriteAsync(CqoApp app)
    {
        using var scope = app.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<OversightDbContext>();
        var calendar = scope.ServiceProvider.GetRequiredService<WorkingCalendar>();
        var e1 = Enterprise(db, E1, "310115", "310115", "36", "C", EnterpriseScale.Large, above: true, specialised: false, new QualityAwardDto("上海市质量金奖", AwardLevel.Municipal, 2020));
        var e2 = Enterprise(db, E2, "310104", "310104", "65", "I", EnterpriseScale.Small, above: false, specialised: true);
        var e3 = Enterprise(db, E3, "310115", "LINGANG", "36", "C", EnterpriseScale.Medium, above: true, specialised: false);

        // F1: approved 5 March 2021 after 4 working days, in office since 12 March 2021.
        Filing(db, calendar, e1, Utc(2021, 3, 1, 10), Utc(2021, 3, 5, 10), approved: true, activated: new(2021, 3, 12), ended: null);
        // F2: approved at 23:59 on 31 December 2021 Shanghai time (2021's), 9 working days; resigned 30 June 2023.
        Filing(db, calendar, e2, Utc(2021, 12, 20, 10), Utc(2021, 12, 31, 23, 59), approved: true, activated: new(2022, 1, 10), ended: new(2023, 6, 30));
        // F3: approved at 00:00 on 1 January 2022 Shanghai time (2022's), 4 working days.
        Filing(db, calendar, e3, Utc(2021, 12, 27, 10), Utc(2022, 1, 1, 0), approved: true, activated: new(2022, 1, 8), ended: null);
        // F4: rejected on 15 February 2022, 10 working days after submission.
        Filing(db, calendar, e2, Utc(2022, 2, 1, 10), Utc(2022, 2, 15, 10), approved: false, activated: null, ended: null);

        var p1 = Guid.NewGuid();
        var p2 = Guid.NewGuid();
        Place(db, e1, Provider1, p1, EnrolmentStatus.Passed, ends: new(2021, 6, 30), passed: new(2021, 7, 2));
        Place(db, e2, Provider2, p1, EnrolmentStatus.Failed, ends: new(2021, 11, 15), passed: null); // P1 again, now sponsored by E2
        Place(db, e2, Provider1, p2, EnrolmentStatus.Passed, ends: new(2021, 12, 31), passed: new(2022, 1, 5));
        Place(db, null, Provider1, Guid.NewGuid(), EnrolmentStatus.NoShow, ends: new(2021, 5, 1), passed: null);

        Certificate(db, e1, "C1", issued: new(2021, 7, 10), validUntil: new(2024, 7, 9));
        Certificate(db, e2, "C2", issued: new(2022, 1, 20), validUntil: new(2025, 1, 19), revoked: new(2023, 3, 1));
        Certificate(db, e1, "C3", issued: new(2024, 7, 10), validUntil: new(2027, 7, 9));
        Certificate(db, e2, "C4", issued: new(2023, 5, 5), validUntil: null, suspended: new(2025, 2, 1));

        Credit(db, e1, CreditStatus.Approved, 8m, new(2021, 4, 1));
        Credit(db, e1, CreditStatus.Pending, 4m, new(2021, 5, 1));
        Credit(db, e2, CreditStatus.Approved, 12.5m, new(2022, 12, 31));
        await db.SaveChangesAsync();
    }

    /// <summary>A Shanghai wall-clock time as the UTC instant modules store.</summary>
    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute = 0) =>
        new DateOnly(year, month, day).AtShanghaiTime(new TimeOnly(hour, minute));

    private static Enterprise Enterprise(OversightDbContext db, Guid id, string district, string jurisdiction, string division, string section, EnterpriseScale scale, bool above, bool specialised, params QualityAwardDto[] awards)
    {
        var enterprise = new Enterprise(id);
        enterprise.Refresh(new EnterpriseFact(id, $"9131000000000{id.ToString()[^5..]}", $"示例企业{id.ToString()[^1..]}", district, jurisdiction, division, scale, above, specialised, EnterpriseStatus.Active, awards), section);
        db.Enterprises.Add(enterprise);
        return enterprise;
    }

    private static void Filing(OversightDbContext db, WorkingCalendar calendar, Enterprise enterprise, DateTimeOffset submitted, DateTimeOffset decided, bool approved, DateOnly? activated, DateOnly? ended)
    {
        var id = Guid.NewGuid();
        var filing = new FiledAppointment(id);
        var status = ended is not null ? FilingStatus.Ended : activated is not null ? FilingStatus.Active : approved ? FilingStatus.Announcing : FilingStatus.Rejected;
        filing.Refresh(new FilingFact(id, enterprise.Id, Guid.NewGuid(), status, enterprise.JurisdictionCode, submitted, decided, approved ? decided : null, activated, ended,
            ended is null ? null : FilingEndReason.Resigned), calendar);
        filing.Describe(enterprise.Profile);
        db.Filings.Add(filing);
    }

    private static void Place(OversightDbContext db, Enterprise? sponsor, Guid provider, Guid person, EnrolmentStatus status, DateOnly ends, DateOnly? passed)
    {
        var id = Guid.NewGuid();
        var place = new TrainingPlace(id);
        var completed = status is EnrolmentStatus.EligibleForExam or EnrolmentStatus.Passed or EnrolmentStatus.Failed or EnrolmentStatus.FailedFinal;
        place.Refresh(new EnrolmentFact(id, Guid.NewGuid(), provider, CourseType.AppointmentTraining, sponsor?.Id, sponsor?.JurisdictionCode, person, null, status, completed,
            ends.AddDays(-40).AtShanghaiTime(new TimeOnly(9, 0)), ends.AddDays(-3), ends, 24m, passed));
        place.Describe(sponsor?.Profile);
        db.Enrolments.Add(place);
    }

    private static void Certificate(OversightDbContext db, Enterprise enterprise, string number, DateOnly issued, DateOnly? validUntil, DateOnly? revoked = null, DateOnly? suspended = null)
    {
        var id = Guid.NewGuid();
        var certificate = new HeldCertificate(id);
        var status = revoked is not null ? CertificateStatus.Revoked : suspended is not null ? CertificateStatus.Suspended : CertificateStatus.Valid;
        certificate.Refresh(new CertificateFact(id, number, enterprise.Id, enterprise.JurisdictionCode, Provider1, Guid.NewGuid(), null, CertificateOrigin.CoursePassed, status,
            issued, validUntil, suspended, revoked, null));
        certificate.Describe(enterprise.Profile);
        db.Certificates.Add(certificate);
    }

    private static void Credit(OversightDbContext db, Enterprise enterprise, CreditStatus status, decimal hours, DateOnly completed)
    {
        var id = Guid.NewGuid();
        var credit = new LoggedCredit(id);
        credit.Refresh(new CreditFact(id, enterprise.Id, enterprise.JurisdictionCode, null, Guid.NewGuid(), null, CreditSource.External, status, hours, completed));
        credit.Describe(enterprise.Profile);
        db.Credits.Add(credit);
    }
}
