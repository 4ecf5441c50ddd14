namespace Cqo.Benchmarks.Oversight;

/// <summary>
/// The generator's statements (<see cref="OversightDataGenerator"/>). Each fact's values are hashes of its row
/// number <c>i</c> and a salt, so the data is the same every run; each fact joins the enterprise it belongs to and
/// copies its dimensions and regulator unit, as the fact store does. Rows are inserted in the order of their first
/// event (submission, course end, issue, completion), roughly as change events would have added them. Each row's
/// random draws are computed once (<c>OFFSET 0</c> keeps the planner from copying their expressions into every use).
/// Parameters: <c>@enterprises @filings @enrolments @certificates @credits @people @courses @today</c>.
/// </summary>
internal static class OversightFactSql
{
    /// <summary>
    /// A version for every kind of fact and month from 2016 to this one, as a store that has seen changes in all of them
    /// holds: what the benchmark counts up to make the host compute a figure again.
    /// </summary>
    public const string Versions = """
        INSERT INTO oversight."FactVersions" ("Kind", "Month", "Version")
        SELECT kind, bench_gen.month(day::date), 1
        FROM unnest(ARRAY['FiledAppointment', 'TrainingPlace', 'HeldCertificate', 'LoggedCredit']) AS kind,
            generate_series(DATE '2016-01-01', @today, interval '1 month') AS day
        """;

    public const string Helpers = """
        DROP SCHEMA IF EXISTS bench_gen CASCADE;
        CREATE SCHEMA bench_gen;
        CREATE FUNCTION bench_gen.r(i bigint, salt bigint) RETURNS double precision LANGUAGE sql IMMUTABLE PARALLEL SAFE
            AS $$ SELECT (hashint8extended(i, salt) & 2147483647)::double precision / 2147483648.0 $$;
        CREATE FUNCTION bench_gen.uid(kind integer, i bigint) RETURNS uuid LANGUAGE sql IMMUTABLE PARALLEL SAFE
            AS $$ SELECT (lpad(to_hex(kind), 8, '0') || '-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid $$;
        CREATE FUNCTION bench_gen.month(day date) RETURNS integer LANGUAGE sql IMMUTABLE PARALLEL SAFE
            AS $$ SELECT (extract(year FROM day)::integer * 100) + extract(month FROM day)::integer $$;
        -- A day in [first, last): 30 % uniformly, 70 % with a density rising linearly (the platform grew).
        CREATE FUNCTION bench_gen.day(i bigint, salt bigint, first date, last date) RETURNS date LANGUAGE sql IMMUTABLE PARALLEL SAFE
            AS $$ SELECT first + floor((last - first) * CASE WHEN bench_gen.r(i, salt) < 0.3 THEN bench_gen.r(i, salt + 1) ELSE sqrt(bench_gen.r(i, salt + 1)) END)::integer $$;
        CREATE TABLE bench_gen.districts (slot integer PRIMARY KEY, code text NOT NULL);
        CREATE TABLE bench_gen.divisions (slot integer PRIMARY KEY, code text NOT NULL, section text NOT NULL);
        """;

    /// <summary>
    /// Enterprises: district by weight; in Pudong 12 % under Lingang and 1.5 % under the Airport branch, in Fengxian 5 %
    /// and Minhang 2 % under Lingang, in Changning 3 % under the Airport branch; 95 % active; 3 % large, 9 % medium,
    /// 28 % small, 60 % micro; above designated size for industrial large, medium and 30 % of small ones; specialised
    /// (专精特新) 8 % of non-micro manufacturers, 1 % of other non-micro ones; 5 % with a quality award.
    /// </summary>
    public const string Enterprises = """
        INSERT INTO oversight."EnterpriseFacts" ("Id", "Uscc", "Name", "JurisdictionCode", "Status", "DistrictCode", "IndustrySectionCode",
            "IndustryDivisionCode", "Scale", "AboveDesignatedSize", "Specialised", "BestAward", "LatestAwardYear", "RefreshedAt")
        SELECT bench_gen.uid(1, g.i), '9131' || lpad(g.i::text, 14, '0'), '上海生成' || g.i || '有限公司',
            CASE WHEN d.code = '310115' AND g.rj < 0.12 THEN 'LINGANG' WHEN d.code = '310115' AND g.rj < 0.135 THEN 'AIRPORT'
                 WHEN d.code = '310120' AND g.rj < 0.05 THEN 'LINGANG' WHEN d.code = '310112' AND g.rj < 0.02 THEN 'LINGANG'
                 WHEN d.code = '310105' AND g.rj < 0.03 THEN 'AIRPORT' ELSE d.code END,
            CASE WHEN g.rst < 0.95 THEN 'Active' WHEN g.rst < 0.97 THEN 'Suspended' ELSE 'Deregistered' END,
            d.code, v.section, v.code, s.scale,
            v.section IN ('B', 'C', 'D') AND (s.scale IN ('Large', 'Medium') OR (s.scale = 'Small' AND g.ra < 0.3)),
            s.scale <> 'Micro' AND g.rsp < CASE WHEN v.section = 'C' THEN 0.08 ELSE 0.01 END,
            CASE WHEN g.raw < 0.002 THEN 0 WHEN g.raw < 0.012 THEN 1 WHEN g.raw < 0.05 THEN 2 END,
            CASE WHEN g.raw < 0.05 THEN 2012 + floor(g.ry * 14)::integer END,
            now()
        FROM (SELECT i, bench_gen.r(i, 101) AS rd, bench_gen.r(i, 102) AS rv, bench_gen.r(i, 103) AS rj, bench_gen.r(i, 104) AS rst,
                bench_gen.r(i, 105) AS rs, bench_gen.r(i, 106) AS ra, bench_gen.r(i, 107) AS rsp, bench_gen.r(i, 108) AS raw, bench_gen.r(i, 109) AS ry
            FROM generate_series(1::bigint, @enterprises) AS i OFFSET 0) AS g
        JOIN bench_gen.districts AS d ON d.slot = floor(g.rd * 10000)::integer
        JOIN bench_gen.divisions AS v ON v.slot = floor(g.rv * 10000)::integer
        CROSS JOIN LATERAL (SELECT CASE WHEN g.rs < 0.03 THEN 'Large' WHEN g.rs < 0.12 THEN 'Medium' WHEN g.rs < 0.40 THEN 'Small' ELSE 'Micro' END AS scale) AS s
        ORDER BY g.i
        """;

    /// <summary>
    /// Filings submitted 2016 to yesterday, each for a random enterprise; review 1-15 working days (3 %: 16-40), decided
    /// that many working days later unless still under review; 93 % approved, activated after a 7-14 day announcement;
    /// 45 % of appointments end 60-2,560 days after activation (if that day has come), for one of five reasons.
    /// </summary>
    public const string Filings = """
        INSERT INTO oversight."FilingFacts" ("Id", "Status", "ApprovedOn", "ApprovedMonth", "ActivatedOn", "ActivatedMonth", "EndedOn", "EndedMonth",
            "EndReason", "DecidedOn", "DecidedMonth", "ReviewWorkingDays", "EnterpriseId", "JurisdictionCode", "ProviderId", "DistrictCode",
            "IndustrySectionCode", "IndustryDivisionCode", "Scale", "AboveDesignatedSize", "Specialised", "RefreshedAt")
        SELECT bench_gen.uid(2, g.i),
            CASE WHEN d.decided IS NULL THEN CASE WHEN g.wd % 2 = 0 THEN 'Submitted' ELSE 'UnderReview' END
                 WHEN NOT g.approved THEN 'Rejected' WHEN t.activated IS NULL THEN 'Announcing' WHEN n.ended IS NULL THEN 'Active' ELSE 'Ended' END,
            a.approved_on, bench_gen.month(a.approved_on), t.activated, bench_gen.month(t.activated), n.ended, bench_gen.month(n.ended),
            CASE WHEN n.ended IS NOT NULL THEN (ARRAY['Resigned', 'Dismissed', 'TermEnded', 'EnterpriseDeregistered', 'Replaced'])[1 + g.reason] END,
            d.decided, bench_gen.month(d.decided), CASE WHEN d.decided IS NOT NULL THEN g.wd END,
            e."Id", e."JurisdictionCode", NULL, e."DistrictCode", e."IndustrySectionCode", e."IndustryDivisionCode", e."Scale",
            e."AboveDesignatedSize", e."Specialised", now()
        FROM (SELECT i, 1 + floor(bench_gen.r(i, 201) * @enterprises)::bigint AS enterprise,
                bench_gen.day(i, 202, DATE '2016-01-01', @today) AS submitted,
                CASE WHEN bench_gen.r(i, 204) < 0.03 THEN 16 + floor(bench_gen.r(i, 205) * 25)::integer
                     ELSE 1 + floor(14 * power(bench_gen.r(i, 205), 2))::integer END AS wd,
                bench_gen.r(i, 206) < 0.93 AS approved,
                7 + floor(bench_gen.r(i, 207) * 8)::integer AS announce,
                CASE WHEN bench_gen.r(i, 208) < 0.45 THEN 60 + floor(bench_gen.r(i, 209) * 2500)::integer END AS tenure,
                floor(bench_gen.r(i, 210) * 5)::integer AS reason
            FROM generate_series(1::bigint, @filings) AS i OFFSET 0) AS g
        CROSS JOIN LATERAL (SELECT CASE WHEN g.submitted + (g.wd * 7 + 4) / 5 < @today THEN g.submitted + (g.wd * 7 + 4) / 5 END AS decided) AS d
        CROSS JOIN LATERAL (SELECT CASE WHEN g.approved THEN d.decided END AS approved_on) AS a
        CROSS JOIN LATERAL (SELECT CASE WHEN a.approved_on + g.announce < @today THEN a.approved_on + g.announce END AS activated) AS t
        CROSS JOIN LATERAL (SELECT CASE WHEN t.activated + g.tenure < @today THEN t.activated + g.tenure END AS ended) AS n
        JOIN oversight."EnterpriseFacts" AS e ON e."Id" = bench_gen.uid(1, g.enterprise)
        ORDER BY g.submitted, g.i
        """;

    /// <summary>
    /// Enrolments on courses ending 2017 to two months ahead, trainees from a pool of half as many people; 90 % sponsored
    /// by an enterprise. Past courses: 3 % rejected, 4 % withdrawn, 8 % no-shows; of the rest (trained), 80 % passed
    /// 1-20 days after the course (if that day has come), 15 % failed, 5 % awaiting the exam.
    /// </summary>
    public const string Enrolments = """
        INSERT INTO oversight."EnrolmentFacts" ("Id", "CourseId", "CourseType", "TraineeKey", "Status", "AppliedOn", "CourseEndsOn", "CourseHours",
            "TrainedMonth", "PassedOn", "PassedMonth", "EnterpriseId", "JurisdictionCode", "ProviderId", "DistrictCode", "IndustrySectionCode",
            "IndustryDivisionCode", "Scale", "AboveDesignatedSize", "Specialised", "RefreshedAt")
        SELECT bench_gen.uid(3, g.i), bench_gen.uid(4, g.course), (ARRAY['AppointmentTraining', 'ContinuingEducation', 'PublicSmeTraining'])[1 + g.type],
            bench_gen.uid(6, g.person), s.status, g.ends - 20 - g.lead, g.ends, (ARRAY[24.0, 16.0, 8.0])[1 + g.type],
            CASE WHEN s.status IN ('EligibleForExam', 'Passed', 'Failed') THEN bench_gen.month(g.ends) END,
            CASE WHEN s.status = 'Passed' THEN g.ends + g.exam END,
            CASE WHEN s.status = 'Passed' THEN bench_gen.month(g.ends + g.exam) END,
            e."Id", e."JurisdictionCode", bench_gen.uid(5, 1 + g.course % 200), e."DistrictCode", e."IndustrySectionCode", e."IndustryDivisionCode",
            e."Scale", e."AboveDesignatedSize", e."Specialised", now()
        FROM (SELECT i, 1 + floor(bench_gen.r(i, 301) * @people)::bigint AS person, 1 + floor(bench_gen.r(i, 302) * @courses)::bigint AS course,
                CASE WHEN bench_gen.r(i, 303) < 0.5 THEN 0 WHEN bench_gen.r(i, 303) < 0.85 THEN 1 ELSE 2 END AS type,
                bench_gen.day(i, 304, DATE '2017-01-01', @today + 60) AS ends,
                floor(bench_gen.r(i, 306) * 40)::integer AS lead,
                CASE WHEN bench_gen.r(i, 307) < 0.9 THEN 1 + floor(bench_gen.r(i, 308) * @enterprises)::bigint END AS sponsor,
                bench_gen.r(i, 309) AS rs, bench_gen.r(i, 310) AS rp, 1 + floor(bench_gen.r(i, 311) * 20)::integer AS exam
            FROM generate_series(1::bigint, @enrolments) AS i OFFSET 0) AS g
        CROSS JOIN LATERAL (SELECT CASE
            WHEN g.ends >= @today THEN CASE WHEN g.ends - 10 < @today THEN 'Attending' ELSE 'Admitted' END
            WHEN g.rs < 0.03 THEN 'Rejected' WHEN g.rs < 0.07 THEN 'Withdrawn' WHEN g.rs < 0.15 THEN 'NoShow'
            WHEN g.rp < 0.8 AND g.ends + g.exam < @today THEN 'Passed' WHEN g.rp >= 0.8 AND g.rp < 0.95 THEN 'Failed'
            ELSE 'EligibleForExam' END AS status) AS s
        LEFT JOIN oversight."EnterpriseFacts" AS e ON e."Id" = bench_gen.uid(1, g.sponsor)
        ORDER BY g.ends, g.i
        """;

    /// <summary>
    /// Certificates issued 2016 to yesterday, valid three years, holders from the people pool; 4 % issued by hand, 1.5 %
    /// re-issues, 11.5 % renewals, the rest on a course pass (with its provider). Later events, if their day has come and
    /// the certificate was still valid: 0.4 % revoked, 12 % replaced by a renewal in the last 90 days, 1.5 % replaced by
    /// a re-issue, 1 % suspended. Invalid from the first of expiry, revocation, replacement and suspension.
    /// </summary>
    public const string Certificates = """
        INSERT INTO oversight."CertificateFacts" ("Id", "Number", "HolderKey", "Origin", "Status", "IssuedOn", "IssuedMonth", "ValidUntil", "InvalidFrom",
            "InvalidMonth", "ExpiredMonth", "RevokedOn", "RevokedMonth", "EnterpriseId", "JurisdictionCode", "ProviderId", "DistrictCode",
            "IndustrySectionCode", "IndustryDivisionCode", "Scale", "AboveDesignatedSize", "Specialised", "RefreshedAt")
        SELECT bench_gen.uid(7, g.i),
            'SHCQO-' || extract(year FROM g.issued) || '-' || coalesce(e."DistrictCode", '310000') || '-' || lpad((g.i % 1000000)::text, 6, '0'),
            bench_gen.uid(6, g.person), g.origin,
            CASE WHEN x.invalid_from > @today THEN 'Valid' WHEN x.invalid_from = ev.revoked THEN 'Revoked' WHEN x.invalid_from = ev.replaced THEN 'Replaced'
                 WHEN x.invalid_from = ev.suspended THEN 'Suspended' ELSE 'Expired' END,
            g.issued, bench_gen.month(g.issued), v.valid_until, x.invalid_from, bench_gen.month(x.invalid_from),
            CASE WHEN v.valid_until + 1 = x.invalid_from THEN bench_gen.month(x.invalid_from) END,
            ev.revoked, bench_gen.month(ev.revoked),
            e."Id", e."JurisdictionCode", CASE WHEN g.origin = 'CoursePassed' THEN bench_gen.uid(5, 1 + g.course % 200) END, e."DistrictCode",
            e."IndustrySectionCode", e."IndustryDivisionCode", e."Scale", e."AboveDesignatedSize", e."Specialised", now()
        FROM (SELECT i, bench_gen.day(i, 701, DATE '2016-01-01', @today) AS issued, 1 + floor(bench_gen.r(i, 703) * @people)::bigint AS person,
                1 + floor(bench_gen.r(i, 704) * @courses)::bigint AS course,
                CASE WHEN bench_gen.r(i, 705) < 0.04 THEN 'Manual' WHEN bench_gen.r(i, 705) < 0.055 THEN 'Reissue'
                     WHEN bench_gen.r(i, 705) < 0.17 THEN 'Renewal' ELSE 'CoursePassed' END AS origin,
                CASE WHEN bench_gen.r(i, 706) < 0.97 THEN 1 + floor(bench_gen.r(i, 707) * @enterprises)::bigint END AS enterprise,
                bench_gen.r(i, 708) AS re, bench_gen.r(i, 709) AS rd
            FROM generate_series(1::bigint, @certificates) AS i OFFSET 0) AS g
        CROSS JOIN LATERAL (SELECT (g.issued + interval '3 years')::date - 1 AS valid_until) AS v
        CROSS JOIN LATERAL (SELECT
            CASE WHEN g.re < 0.004 THEN g.issued + floor(g.rd * 1000)::integer END AS revoked,
            CASE WHEN g.re >= 0.004 AND g.re < 0.124 THEN v.valid_until - floor(g.rd * 90)::integer
                 WHEN g.re >= 0.124 AND g.re < 0.139 THEN g.issued + 20 + floor(g.rd * 700)::integer END AS replaced,
            CASE WHEN g.re >= 0.139 AND g.re < 0.149 THEN g.issued + floor(g.rd * 900)::integer END AS suspended) AS ev0
        CROSS JOIN LATERAL (SELECT
            CASE WHEN ev0.revoked < @today AND ev0.revoked <= v.valid_until THEN ev0.revoked END AS revoked,
            CASE WHEN ev0.replaced < @today AND ev0.replaced <= v.valid_until THEN ev0.replaced END AS replaced,
            CASE WHEN ev0.suspended < @today AND ev0.suspended <= v.valid_until THEN ev0.suspended END AS suspended) AS ev
        CROSS JOIN LATERAL (SELECT LEAST(v.valid_until + 1, ev.revoked, ev.replaced, ev.suspended) AS invalid_from) AS x
        LEFT JOIN oversight."EnterpriseFacts" AS e ON e."Id" = bench_gen.uid(1, g.enterprise)
        ORDER BY g.issued, g.i
        """;

    /// <summary>
    /// Continuing-education entries completed 2017 to yesterday, by holders from the people pool, 95 % with an enterprise;
    /// 60 % from courses (with the provider), 40 % external; 85 % approved, 10 % pending, 5 % rejected; 0.5 to 16 hours.
    /// </summary>
    public const string Credits = """
        INSERT INTO oversight."CreditFacts" ("Id", "HolderKey", "Source", "Status", "Hours", "CompletedOn", "CountedMonth", "EnterpriseId", "JurisdictionCode",
            "ProviderId", "DistrictCode", "IndustrySectionCode", "IndustryDivisionCode", "Scale", "AboveDesignatedSize", "Specialised", "RefreshedAt")
        SELECT bench_gen.uid(8, g.i), bench_gen.uid(6, g.person), g.source, g.status, (1 + floor(g.rh * 32)) / 2.0, g.completed,
            CASE WHEN g.status = 'Approved' THEN bench_gen.month(g.completed) END,
            e."Id", e."JurisdictionCode", CASE WHEN g.source = 'Course' THEN bench_gen.uid(5, 1 + g.person % 200) END, e."DistrictCode",
            e."IndustrySectionCode", e."IndustryDivisionCode", e."Scale", e."AboveDesignatedSize", e."Specialised", now()
        FROM (SELECT i, bench_gen.day(i, 801, DATE '2017-01-01', @today) AS completed, 1 + floor(bench_gen.r(i, 803) * @people)::bigint AS person,
                CASE WHEN bench_gen.r(i, 804) < 0.6 THEN 'Course' ELSE 'External' END AS source,
                CASE WHEN bench_gen.r(i, 805) < 0.85 THEN 'Approved' WHEN bench_gen.r(i, 805) < 0.95 THEN 'Pending' ELSE 'Rejected' END AS status,
                bench_gen.r(i, 806) AS rh,
                CASE WHEN bench_gen.r(i, 807) < 0.95 THEN 1 + floor(bench_gen.r(i, 808) * @enterprises)::bigint END AS enterprise
            FROM generate_series(1::bigint, @credits) AS i OFFSET 0) AS g
        LEFT JOIN oversight."EnterpriseFacts" AS e ON e."Id" = bench_gen.uid(1, g.enterprise)
        ORDER BY g.completed, g.i
        """;
}
