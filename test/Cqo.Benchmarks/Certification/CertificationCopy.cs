using Cqo.Benchmarks.Infrastructure;
using Cqo.Benchmarks.Registry;
using Cqo.Certification.Contracts;
using Npgsql;
using NpgsqlTypes;

namespace Cqo.Benchmarks.Certification;

/// <summary>
/// Binary COPY of a <see cref="CertificatePlan"/> into certification's tables, columns named as in the PostgreSQL
/// migrations (<c>*_Certificates.cs</c>, <c>*_CertificateStatusListIndex.cs</c>); enums as the names EF Core stores.
/// Synchronous writes, as <see cref="Training.TrainingCopy"/>: millions of rows are cheaper without an awaited call
/// per value. A history row's id is its identity column's next value, so each certificate's steps keep their order.
/// </summary>
internal static class CertificationCopy
{
    /// <summary>The certificates; returns how many history rows their steps will make (the issue included).</summary>
    public static long Certificates(NpgsqlConnection connection, CertificatePlan plan, Random random, CancellationToken cancellationToken)
    {
        using var copy = connection.BeginBinaryImport(
            """
            COPY certification."Certificates" ("Id", "Number", "Year", "DistrictCode", "Sequence", "StatusListIndex", "HolderName", "IdNumberMasked",
                "HolderUserId", "PersonId", "EnterpriseId", "JurisdictionCode", "ProviderId", "CourseId", "EnrolmentId", "CourseTitle", "IssuerName",
                "IssuedOn", "ValidUntil", "Origin", "Status", "StatusReason", "ReplacesId", "ReplacedById", "ConcurrencyStamp", "CreatedAt",
                "CreatedBy", "ModifiedAt", "ModifiedBy") FROM STDIN (FORMAT BINARY)
            """);
        long changes = 0;
        for (var i = 0; i < plan.Count; i++)
        {
            if (i % 100_000 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            ref readonly var c = ref plan.Certificates[i];
            var holder = plan.HolderOf(c.Holder);
            var district = ShanghaiDistricts.All[c.District].Code;
            var course = c.Course >= 0 ? plan.Courses[c.Course] : null;
            var last = c.Changes is { Length: > 0 } steps ? steps[^1] : (PlannedChange?)null;
            changes += 1 + (c.Changes?.Length ?? 0);

            copy.StartRow();
            copy.Write(plan.Ids[i], NpgsqlDbType.Uuid);
            copy.Write(plan.Number(i), NpgsqlDbType.Varchar);
            copy.Write(c.IssuedOn.Year, NpgsqlDbType.Integer);
            copy.Write(district, NpgsqlDbType.Varchar);
            copy.Write(c.Sequence, NpgsqlDbType.Integer);
            copy.Write(i, NpgsqlDbType.Integer);
            copy.Write(holder.Name, NpgsqlDbType.Varchar);
            copy.WriteNullable(holder.IdNumberMasked);
            copy.WriteNullable(holder.UserId);
            copy.WriteNullable(holder.PersonId);
            copy.Write(holder.EnterpriseId, NpgsqlDbType.Uuid);
            copy.Write(district, NpgsqlDbType.Varchar);
            copy.WriteNullable(course?.ProviderId);
            copy.WriteNullable(course?.CourseId);
            // Only the certificate a pass issued has its enrolment; a successor keeps the course but not the enrolment.
            copy.WriteNullable(c.Origin == CertificateOrigin.CoursePassed ? CertificatePlan.RandomId(random) : (Guid?)null);
            copy.WriteNullable(course?.Title ?? (c.Origin == CertificateOrigin.Manual ? "企业首席质量官任职培训（集中考核）" : null));
            copy.Write(CertificatePlan.IssuerName, NpgsqlDbType.Varchar);
            copy.Write(c.IssuedOn, NpgsqlDbType.Date);
            copy.WriteNullable(c.ValidUntil);
            copy.Write(c.Origin.ToString(), NpgsqlDbType.Varchar);
            copy.Write(c.Status.ToString(), NpgsqlDbType.Varchar);
            copy.WriteNullable(last?.Reason);
            copy.WriteNullable(c.Replaces >= 0 ? plan.Ids[c.Replaces] : (Guid?)null);
            copy.WriteNullable(c.ReplacedBy >= 0 ? plan.Ids[c.ReplacedBy] : (Guid?)null);
            copy.Write(Guid.NewGuid(), NpgsqlDbType.Uuid);
            copy.Write(c.IssuedAt, NpgsqlDbType.TimestampTz);
            copy.WriteNullable(plan.Actor(c.IssuedBy, holder).UserId);
            copy.WriteNullable(last?.At);
            copy.WriteNullable(last is { } step ? plan.Actor(step.By, holder).UserId : null);
        }

        copy.Complete();
        return changes;
    }

    /// <summary>Every certificate's history: its issue, then its steps.</summary>
    public static void Changes(NpgsqlConnection connection, CertificatePlan plan, CancellationToken cancellationToken)
    {
        using var copy = connection.BeginBinaryImport(
            """
            COPY certification."CertificateChanges" ("CertificateId", "Kind", "Status", "At", "Reason", "Evidence", "ByUserId", "ByName") FROM STDIN (FORMAT BINARY)
            """);
        for (var i = 0; i < plan.Count; i++)
        {
            if (i % 100_000 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            ref readonly var c = ref plan.Certificates[i];
            // The holder is needed only for a renewal's steps, taken by the holder.
            var holder = c.IssuedBy == CertificatePlan.TheHolder || c.Changes?.Any(s => s.By == CertificatePlan.TheHolder) == true ? plan.HolderOf(c.Holder) : null;
            Row(copy, plan.Ids[i], new PlannedChange(CertificateChangeKind.Issued, CertificateStatus.Valid, c.IssuedAt, c.IssueReason, null, c.IssuedBy), plan, holder);
            foreach (var step in c.Changes ?? [])
            {
                Row(copy, plan.Ids[i], step, plan, holder);
            }
        }

        copy.Complete();
    }

    private static void Row(NpgsqlBinaryImporter copy, Guid certificateId, PlannedChange step, CertificatePlan plan, PlannedHolder? holder)
    {
        var (userId, name) = plan.Actor(step.By, holder);
        copy.StartRow();
        copy.Write(certificateId, NpgsqlDbType.Uuid);
        copy.Write(step.Kind.ToString(), NpgsqlDbType.Varchar);
        copy.Write(step.Status.ToString(), NpgsqlDbType.Varchar);
        copy.Write(step.At, NpgsqlDbType.TimestampTz);
        copy.WriteNullable(step.Reason);
        copy.WriteNullable(step.Evidence);
        copy.WriteNullable(userId);
        copy.WriteNullable(name);
    }
}
