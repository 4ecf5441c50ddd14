using System.Globalization;
using Cqo.Benchmarks.Registry;
using Cqo.Benchmarks.Training;
using Cqo.Certification.Contracts;
using Cqo.Reference.Contracts.Identifiers;
using Cqo.SharedKernel.Time;

namespace Cqo.Benchmarks.Certification;

/// <summary>
/// One step of a generated certificate's history after its issue: what happened, its status from then on, when,
/// why, on what evidence and by whom (<see cref="CertificatePlan.System"/>, <see cref="CertificatePlan.TheHolder"/>
/// or a regulator's index).
/// </summary>
internal readonly record struct PlannedChange(CertificateChangeKind Kind, CertificateStatus Status, DateTimeOffset At, string? Reason, string? Evidence, int By);

/// <summary>
/// One generated certificate, in issue order (its index is its status-list position). The holder's details come
/// from <see cref="Holder"/> as a seed (<see cref="CertificatePlan.HolderOf"/>), so that two million of them take
/// no memory and a successor names the same person as the certificate it replaces.
/// </summary>
internal struct PlannedCertificate
{
    public DateTimeOffset IssuedAt { get; set; }

    public DateOnly? ValidUntil { get; set; }

    /// <summary>Index in <see cref="ShanghaiDistricts.All"/>: the number's district and the jurisdiction.</summary>
    public int District { get; set; }

    public int Sequence { get; set; }

    public CertificateOrigin Origin { get; set; }

    public int Holder { get; set; }

    /// <summary>Index in <see cref="CertificatePlan.Courses"/>; -1 for a certificate issued by hand.</summary>
    public int Course { get; set; }

    public int IssuedBy { get; set; }

    public string? IssueReason { get; set; }

    /// <summary>The certificate this one follows (re-issue, renewal), or -1.</summary>
    public int Replaces { get; set; }

    /// <summary>The certificate that follows this one, or -1.</summary>
    public int ReplacedBy { get; set; }

    /// <summary>The steps after issue, oldest first; null when there were none.</summary>
    public PlannedChange[]? Changes { get; set; }

    public readonly DateOnly IssuedOn => IssuedAt.ToShanghaiDate();

    public readonly CertificateStatus Status => Changes is { Length: > 0 } changes ? changes[^1].Status : CertificateStatus.Valid;
}

/// <summary>A generated certificate's holder: a Chinese name, a masked resident ID, an account and staff record, an enterprise.</summary>
internal sealed record PlannedHolder(string Name, string? IdNumberMasked, Guid? UserId, Guid? PersonId, Guid EnterpriseId);

/// <summary>A generated appointment-training course that passed holders were certified on.</summary>
internal sealed record PlannedCourse(Guid ProviderId, Guid CourseId, string Title);

/// <summary>
/// The certificates to generate, as the host would have issued them over the years from 2022 to yesterday (in
/// Shanghai): numbers <c>SHCQO-{year}-{district}-{seq:D6}</c> gap-free per year and district in issue order, more
/// each year as the platform grew, in the 16 districts by economic weight; status-list positions 0 to N-1. Most
/// were issued on a course pass, a few by hand. With three years of validity, certificates from before the last
/// three years have run out: the midnight job expired them, unless their holder renewed in the window (from 90
/// days before to 180 after the last day; 40 % did). About 1.5 % were re-issued (lost or corrected), 1 % suspended
/// (half reinstated), 0.4 % revoked. Seeded: the same plan every run.
/// </summary>
internal sealed class CertificatePlan
{
    /// <summary>The midnight job: no user.</summary>
    public const int System = -1;

    /// <summary>The holder, who renews their own certificate.</summary>
    public const int TheHolder = -2;

    /// <summary>Sequences from here on are never issued: the unknown numbers verification asks for.</summary>
    public const int UnknownFrom = 900_000;

    public const string IssuerName = "上海市市场监督管理局";

    public static readonly DateOnly FirstDay = new(2022, 1, 1);

    private const int ValidityYears = 3;
    private const double ManualShare = 0.04;
    private const double ReissueShare = 0.015;
    private const double RenewalShare = 0.4;
    private const double SuspensionShare = 0.01;
    private const double RevocationShare = 0.004;

    private static readonly WeightedPicker<int> s_districts = new(ShanghaiDistricts.All.Select((d, i) => (i, d.Weight)));
    private static readonly string[] s_reissueReasons = ["证书遗失补发", "证书损毁补发", "持证人姓名信息更正", "所在企业名称变更"];
    private static readonly string[] s_suspensionReasons = ["所在企业发生质量安全事故，暂停待查", "涉嫌提供虚假培训记录，暂停待核", "未按规定参加继续教育，暂停"];
    private static readonly string[] s_reinstatementReasons = ["核查结束，恢复有效", "已补齐继续教育学时，恢复有效"];
    private static readonly string[] s_revocationReasons = ["以欺骗手段取得证书", "培训考核记录造假", "因严重质量违法行为被依法撤销"];
    private static readonly string[] s_tiers = ["初级", "中级", "高级"];

    private readonly Guid[] _enterprises;

    private CertificatePlan(PlannedCertificate[] certificates, Guid[] ids, IReadOnlyList<PlannedCourse> courses, IReadOnlyList<(Guid UserId, string Name)> regulators, Guid[] enterprises, DateOnly today)
    {
        Certificates = certificates;
        Ids = ids;
        Courses = courses;
        Regulators = regulators;
        _enterprises = enterprises;
        Today = today;
    }

    public PlannedCertificate[] Certificates { get; }

    /// <summary>Each certificate's id: version 7 layout, ascending in issue order as ids made one after another are.</summary>
    public Guid[] Ids { get; }

    public IReadOnlyList<PlannedCourse> Courses { get; }

    /// <summary>The regulators' staff who issued by hand, re-issued, suspended, reinstated and revoked.</summary>
    public IReadOnlyList<(Guid UserId, string Name)> Regulators { get; }

    /// <summary>The day (Shanghai) the plan was made for; everything happened before it.</summary>
    public DateOnly Today { get; }

    public int Count => Certificates.Length;

    public static CertificatePlan Generate(int count, DateOnly today, DateTimeOffset now, Random random)
    {
        var ids = new GeneratedIds(random, now);
        var lastDay = today.AddDays(-1);
        var regulators = Enumerable.Range(0, 24).Select(_ => (ids.Random(), ProviderFaker.PersonName(random))).ToArray();
        var enterprises = Enumerable.Range(0, Math.Max(1_000, count / 8)).Select(_ => ids.Random()).ToArray();
        var (courses, coursesOf) = GenerateCourses(count, lastDay, ids, random);

        // Drafts in any order, successors right after the certificate they follow; then sorted by issue time.
        var drafts = new PlannedCertificate[count];
        var n = 0;
        var span = lastDay.DayNumber - FirstDay.DayNumber;
        while (n < count)
        {
            // Density growing linearly with time: the platform issues more each year.
            var issuedOn = WorkingDay(FirstDay.AddDays((int)(span * Math.Sqrt(random.NextDouble()))));
            var manual = random.NextDouble() < ManualShare;
            var (first, perYear) = coursesOf[issuedOn.Year];
            drafts[n] = new PlannedCertificate
            {
                IssuedAt = At(issuedOn, random),
                ValidUntil = ValidUntil(issuedOn),
                District = s_districts.Next(random),
                Origin = manual ? CertificateOrigin.Manual : CertificateOrigin.CoursePassed,
                Holder = random.Next(),
                Course = manual ? -1 : first + random.Next(perYear),
                IssuedBy = manual ? random.Next(regulators.Length) : System,
                IssueReason = manual ? "线下集中考核合格，手工登记" : null,
                Replaces = -1,
                ReplacedBy = -1,
            };
            n++;
            if (n < count && Successor(drafts[n - 1], lastDay, regulators.Length, random) is { } successor)
            {
                drafts[n - 1].ReplacedBy = n;
                successor.Replaces = n - 1;
                drafts[n] = successor;
                n++;
            }
        }

        var certificates = SortByIssue(drafts);
        Number(certificates, today.Year);
        var plan = new CertificatePlan(certificates, [.. certificates.Select(_ => ids.Next())], courses, regulators, enterprises, today);
        plan.AddChanges(lastDay, random);
        return plan;
    }

    /// <summary><c>SHCQO-2026-310115-000123</c>.</summary>
    public string Number(int index)
    {
        ref readonly var c = ref Certificates[index];
        return Number(c.IssuedOn.Year, ShanghaiDistricts.All[c.District].Code, c.Sequence);
    }

    public static string Number(int year, string districtCode, int sequence) =>
        string.Create(CultureInfo.InvariantCulture, $"SHCQO-{year:D4}-{districtCode}-{sequence:D6}");

    /// <summary>The last sequence given per year and district, as <c>certification."NumberSequences"</c> keeps it.</summary>
    public IReadOnlyDictionary<(int Year, string DistrictCode), int> LastSequences()
    {
        var last = new Dictionary<(int, string), int>();
        foreach (var c in Certificates)
        {
            var key = (c.IssuedOn.Year, ShanghaiDistricts.All[c.District].Code);
            last[key] = Math.Max(last.GetValueOrDefault(key), c.Sequence);
        }

        return last;
    }

    /// <summary>The holder a seed stands for: the same person every time.</summary>
    public PlannedHolder HolderOf(int seed)
    {
        var random = new Random(seed);
        var name = ProviderFaker.PersonName(random);
        Guid? userId = random.NextDouble() < 0.85 ? RandomId(random) : null;
        Guid? personId = random.NextDouble() < 0.9 ? RandomId(random) : null;
        var birthPlace = random.NextDouble() < 0.6
            ? ShanghaiDistricts.All[s_districts.Next(random)].Code
            : NamePools.OtherAddressCodes[random.Next(NamePools.OtherAddressCodes.Count)];
        var idNumber = string.Create(
            CultureInfo.InvariantCulture, $"{birthPlace}{random.Next(1962, 2000)}{random.Next(1, 13):D2}{random.Next(1, 29):D2}{random.Next(1000):D3}{"0123456789X"[random.Next(11)]}");
        return new PlannedHolder(name, personId is null ? null : PersonalIdMask.Mask(idNumber), userId, personId, _enterprises[random.Next(_enterprises.Length)]);
    }

    /// <summary>Who took a step: null for the midnight job.</summary>
    public (Guid? UserId, string? Name) Actor(int by, PlannedHolder? holder) => by switch
    {
        System => (null, null),
        TheHolder => (holder?.UserId, holder?.Name),
        _ => Regulators[by],
    };

    /// <summary>Some appointment-training courses per year, each with its provider.</summary>
    private static (List<PlannedCourse>, Dictionary<int, (int First, int PerYear)>) GenerateCourses(int count, DateOnly lastDay, GeneratedIds ids, Random random)
    {
        var providers = Enumerable.Range(0, 200).Select(_ => ids.Random()).ToArray();
        var perYear = Math.Max(4, count / 200);
        var courses = new List<PlannedCourse>();
        var byYear = new Dictionary<int, (int, int)>();
        for (var year = FirstDay.Year; year <= lastDay.Year; year++)
        {
            byYear[year] = (courses.Count, perYear);
            for (var i = 0; i < perYear; i++)
            {
                var title = string.Create(CultureInfo.InvariantCulture, $"{year}年第{random.Next(1, 13)}期企业首席质量官任职培训（{s_tiers[random.Next(s_tiers.Length)]}）");
                courses.Add(new PlannedCourse(providers[random.Next(providers.Length)], ids.Random(), title));
            }
        }

        return (courses, byYear);
    }

    /// <summary>A re-issue within validity, or a renewal in the window once it has opened; most certificates have neither.</summary>
    private static PlannedCertificate? Successor(PlannedCertificate old, DateOnly lastDay, int regulators, Random random)
    {
        var validUntil = old.ValidUntil!.Value;
        if (random.NextDouble() < ReissueShare)
        {
            var day = old.IssuedOn.AddDays(random.Next(20, 720));
            return day <= lastDay && day <= validUntil
                ? old with
                {
                    IssuedAt = At(day, random),
                    Origin = CertificateOrigin.Reissue,
                    IssuedBy = random.Next(regulators),
                    IssueReason = s_reissueReasons[random.Next(s_reissueReasons.Length)],
                    ReplacedBy = -1,
                }
                : null;
        }

        var (opens, closes) = (validUntil.AddDays(-90), validUntil.AddDays(180));
        if (opens > lastDay || random.NextDouble() >= RenewalShare)
        {
            return null;
        }

        var last = closes < lastDay ? closes : lastDay;
        var renewedOn = opens.AddDays(random.Next(last.DayNumber - opens.DayNumber + 1));
        return old with
        {
            IssuedAt = At(renewedOn, random),
            ValidUntil = validUntil.AddDays(1).AddYears(ValidityYears).AddDays(-1),
            Origin = CertificateOrigin.Renewal,
            IssuedBy = TheHolder,
            IssueReason = null,
            ReplacedBy = -1,
        };
    }

    /// <summary>Issue order (time, then draft order), the links between successors moved along.</summary>
    private static PlannedCertificate[] SortByIssue(PlannedCertificate[] drafts)
    {
        // Issue times are whole seconds: time and draft index in one key.
        var keys = new long[drafts.Length];
        var order = new int[drafts.Length];
        for (var i = 0; i < drafts.Length; i++)
        {
            keys[i] = ((drafts[i].IssuedAt.ToUnixTimeSeconds() - FirstDay.StartOfShanghaiDay().ToUnixTimeSeconds()) * drafts.Length) + i;
            order[i] = i;
        }

        Array.Sort(keys, order);
        var position = new int[drafts.Length];
        for (var i = 0; i < order.Length; i++)
        {
            position[order[i]] = i;
        }

        var sorted = new PlannedCertificate[drafts.Length];
        for (var i = 0; i < order.Length; i++)
        {
            var c = drafts[order[i]];
            c.Replaces = c.Replaces < 0 ? -1 : position[c.Replaces];
            c.ReplacedBy = c.ReplacedBy < 0 ? -1 : position[c.ReplacedBy];
            sorted[i] = c;
        }

        return sorted;
    }

    /// <summary>Numbers in issue order, from 1 per year and district.</summary>
    private static void Number(PlannedCertificate[] certificates, int lastYear)
    {
        var next = new int[lastYear - FirstDay.Year + 1, ShanghaiDistricts.All.Count];
        for (var i = 0; i < certificates.Length; i++)
        {
            ref var c = ref certificates[i];
            c.Sequence = ++next[c.IssuedOn.Year - FirstDay.Year, c.District];
            if (c.Sequence >= UnknownFrom)
            {
                throw new InvalidOperationException($"Too many certificates for one year and district: sequences from {UnknownFrom} are kept for unknown numbers.");
            }
        }
    }

    /// <summary>Each certificate's steps after issue, as the host would have recorded them (ADR 14, DOMAIN.md §4).</summary>
    private void AddChanges(DateOnly lastDay, Random random)
    {
        for (var i = 0; i < Certificates.Length; i++)
        {
            ref var c = ref Certificates[i];
            var changes = new List<PlannedChange>();
            var validUntil = c.ValidUntil!.Value;
            var standing = CertificateStatus.Valid;
            if (c.ReplacedBy >= 0)
            {
                ref readonly var successor = ref Certificates[c.ReplacedBy];
                var at = successor.IssuedAt;
                if (successor.Origin == CertificateOrigin.Renewal && at.ToShanghaiDate() > validUntil)
                {
                    // Renewed after it ran out: the midnight job had expired it, and it stays expired.
                    changes.Add(Expiry(validUntil, random));
                    changes.Add(new(CertificateChangeKind.Renewed, CertificateStatus.Expired, at, null, null, successor.IssuedBy));
                }
                else
                {
                    var kind = successor.Origin == CertificateOrigin.Renewal ? CertificateChangeKind.Renewed : CertificateChangeKind.Replaced;
                    changes.Add(new(kind, CertificateStatus.Replaced, at, successor.IssueReason, null, successor.IssuedBy));
                }
            }
            else
            {
                var from = c.IssuedOn.AddDays(7);
                var to = (validUntil < lastDay ? validUntil : lastDay).AddDays(-1);
                var roll = random.NextDouble();
                if (to >= from && roll < SuspensionShare)
                {
                    var suspendedOn = Between(from, to, random);
                    changes.Add(new(CertificateChangeKind.Suspended, CertificateStatus.Suspended, At(suspendedOn, random), Pick(s_suspensionReasons, random), null, random.Next(Regulators.Count)));
                    standing = CertificateStatus.Suspended;
                    var reinstatedOn = suspendedOn.AddDays(random.Next(7, 90));
                    if (random.NextDouble() < 0.5 && reinstatedOn <= to)
                    {
                        changes.Add(new(CertificateChangeKind.Reinstated, CertificateStatus.Valid, At(reinstatedOn, random), Pick(s_reinstatementReasons, random), null, random.Next(Regulators.Count)));
                        standing = CertificateStatus.Valid;
                    }
                }
                else if (to >= from && roll < SuspensionShare + RevocationShare)
                {
                    var evidence = string.Create(CultureInfo.InvariantCulture, $"沪市监质〔{to.Year}〕{random.Next(1, 300)}号");
                    changes.Add(new(CertificateChangeKind.Revoked, CertificateStatus.Revoked, At(Between(from, to, random), random), Pick(s_revocationReasons, random), evidence, random.Next(Regulators.Count)));
                    standing = CertificateStatus.Revoked;
                }

                if (standing is CertificateStatus.Valid or CertificateStatus.Suspended && validUntil < Today)
                {
                    changes.Add(Expiry(validUntil, random));
                }
            }

            c.Changes = changes.Count > 0 ? [.. changes] : null;
        }
    }

    /// <summary>The midnight job's step, a few seconds into the day after the last day of validity.</summary>
    private static PlannedChange Expiry(DateOnly validUntil, Random random) =>
        new(CertificateChangeKind.Expired, CertificateStatus.Expired, validUntil.AddDays(1).StartOfShanghaiDay().AddSeconds(random.Next(2, 60)), null, null, System);

    private static DateOnly? ValidUntil(DateOnly issuedOn) => issuedOn.AddYears(ValidityYears).AddDays(-1);

    /// <summary>Office hours in Shanghai, whole seconds.</summary>
    private static DateTimeOffset At(DateOnly day, Random random) =>
        day.AtShanghaiTime(new TimeOnly(9, 0)).AddSeconds(random.Next(8 * 3600 + 1800));

    /// <summary>Weekends move back to Friday (forward to Monday at the very start).</summary>
    private static DateOnly WorkingDay(DateOnly day)
    {
        var moved = day.DayOfWeek switch
        {
            DayOfWeek.Saturday => day.AddDays(-1),
            DayOfWeek.Sunday => day.AddDays(-2),
            _ => day,
        };
        return moved < FirstDay ? moved.AddDays(3) : moved;
    }

    private static DateOnly Between(DateOnly from, DateOnly to, Random random) => from.AddDays(random.Next(to.DayNumber - from.DayNumber + 1));

    private static string Pick(string[] values, Random random) => values[random.Next(values.Length)];

    /// <summary>A random (version 4) id from the seeded sequence.</summary>
    internal static Guid RandomId(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
