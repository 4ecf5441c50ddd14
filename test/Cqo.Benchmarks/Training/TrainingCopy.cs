using Cqo.Benchmarks.Infrastructure;
using Npgsql;
using NpgsqlTypes;

namespace Cqo.Benchmarks.Training;

/// <summary>
/// Binary COPY of generated rows into training's tables, columns named as in the PostgreSQL migrations
/// (<c>*_Training.cs</c>, <c>*_Enrolments.cs</c>). Synchronous writes: five million enrolments of sixteen columns
/// are cheaper without an awaited call per value. Audit columns other than <c>CreatedAt</c> stay null, as for
/// rows written by the system; pass marks and attempts take the usual values (60, 80 %, 2).
/// </summary>
internal static class TrainingCopy
{
    public static void Providers(NpgsqlConnection connection, IEnumerable<ProviderRow> rows)
    {
        using var copy = connection.BeginBinaryImport(
            """
            COPY training."Providers" ("Id", "Uscc", "Name", "DistrictCode", "Address", "ContactName", "ContactPhone", "ContactEmail",
                "Status", "ReviewedAt", "ConcurrencyStamp", "CreatedAt") FROM STDIN (FORMAT BINARY)
            """);
        foreach (var p in rows)
        {
            copy.StartRow();
            copy.Write(p.Id, NpgsqlDbType.Uuid);
            copy.Write(p.Uscc, NpgsqlDbType.Varchar);
            copy.Write(p.Name, NpgsqlDbType.Varchar);
            copy.Write(p.DistrictCode, NpgsqlDbType.Varchar);
            copy.Write(p.Address, NpgsqlDbType.Varchar);
            copy.Write(p.ContactName, NpgsqlDbType.Varchar);
            copy.Write(p.ContactPhone, NpgsqlDbType.Varchar);
            copy.WriteNullable(p.ContactEmail);
            copy.Write(p.Status, NpgsqlDbType.Varchar);
            copy.WriteNullable(p.ReviewedAt);
            copy.Write(Guid.NewGuid(), NpgsqlDbType.Uuid);
            copy.Write(p.CreatedAt, NpgsqlDbType.TimestampTz);
        }

        copy.Complete();
    }

    public static void Trainers(NpgsqlConnection connection, IEnumerable<TrainerRow> rows)
    {
        using var copy = connection.BeginBinaryImport(
            """COPY training."Trainers" ("Id", "ProviderId", "Name", "Title", "Active", "ConcurrencyStamp", "CreatedAt") FROM STDIN (FORMAT BINARY)""");
        foreach (var t in rows)
        {
            copy.StartRow();
            copy.Write(t.Id, NpgsqlDbType.Uuid);
            copy.Write(t.ProviderId, NpgsqlDbType.Uuid);
            copy.Write(t.Name, NpgsqlDbType.Varchar);
            copy.Write(t.Title, NpgsqlDbType.Varchar);
            copy.Write(t.Active, NpgsqlDbType.Boolean);
            copy.Write(Guid.NewGuid(), NpgsqlDbType.Uuid);
            copy.Write(t.CreatedAt, NpgsqlDbType.TimestampTz);
        }

        copy.Complete();
    }

    public static void Courses(NpgsqlConnection connection, IEnumerable<CourseRow> rows)
    {
        using var copy = connection.BeginBinaryImport(
            """
            COPY training."Courses" ("Id", "ProviderId", "Title", "Description", "Type", "Tier", "Delivery", "SyllabusVersionCode", "TotalHours",
                "StartDate", "EndDate", "EnrolmentOpens", "EnrolmentCloses", "Capacity", "SeatsTaken", "ExamDate", "PassMark",
                "MinAttendancePercent", "MaxAttempts", "Status", "CancelReason", "ConcurrencyStamp", "CreatedAt") FROM STDIN (FORMAT BINARY)
            """);
        foreach (var c in rows)
        {
            copy.StartRow();
            copy.Write(c.Id, NpgsqlDbType.Uuid);
            copy.Write(c.ProviderId, NpgsqlDbType.Uuid);
            copy.Write(c.Title, NpgsqlDbType.Varchar);
            copy.Write(c.Description, NpgsqlDbType.Varchar);
            copy.Write(c.Type, NpgsqlDbType.Varchar);
            copy.Write(c.Tier, NpgsqlDbType.Varchar);
            copy.Write(c.Delivery, NpgsqlDbType.Varchar);
            copy.Write("v1", NpgsqlDbType.Varchar);
            copy.Write(c.TotalHours, NpgsqlDbType.Numeric);
            copy.Write(c.StartDate, NpgsqlDbType.Date);
            copy.Write(c.EndDate, NpgsqlDbType.Date);
            copy.Write(c.EnrolmentOpens, NpgsqlDbType.Date);
            copy.Write(c.EnrolmentCloses, NpgsqlDbType.Date);
            copy.Write(c.Capacity, NpgsqlDbType.Integer);
            copy.Write(c.SeatsTaken, NpgsqlDbType.Integer);
            copy.WriteNullable(c.ExamDate);
            copy.Write(60, NpgsqlDbType.Integer);
            copy.Write(80, NpgsqlDbType.Integer);
            copy.Write(2, NpgsqlDbType.Integer);
            copy.Write(c.Status, NpgsqlDbType.Varchar);
            copy.WriteNullable(c.CancelReason);
            copy.Write(Guid.NewGuid(), NpgsqlDbType.Uuid);
            copy.Write(c.CreatedAt, NpgsqlDbType.TimestampTz);
        }

        copy.Complete();
    }

    public static void Modules(NpgsqlConnection connection, IEnumerable<CourseRow> courses)
    {
        using var copy = connection.BeginBinaryImport("""COPY training."CourseModules" ("CourseId", "ModuleCode", "Hours") FROM STDIN (FORMAT BINARY)""");
        foreach (var c in courses)
        {
            foreach (var m in c.Modules)
            {
                copy.StartRow();
                copy.Write(c.Id, NpgsqlDbType.Uuid);
                copy.Write(m.ModuleCode, NpgsqlDbType.Varchar);
                copy.Write(m.Hours, NpgsqlDbType.Numeric);
            }
        }

        copy.Complete();
    }

    public static void Sessions(NpgsqlConnection connection, IEnumerable<CourseRow> courses)
    {
        using var copy = connection.BeginBinaryImport(
            """
            COPY training."CourseSessions" ("Id", "CourseId", "StartsAt", "EndsAt", "ModuleCode", "TrainerId", "Venue", "OnlineLink", "Sequence",
                "CheckInSecret") FROM STDIN (FORMAT BINARY)
            """);
        foreach (var c in courses)
        {
            foreach (var s in c.Sessions)
            {
                copy.StartRow();
                copy.Write(s.Id, NpgsqlDbType.Uuid);
                copy.Write(c.Id, NpgsqlDbType.Uuid);
                copy.Write(s.StartsAt, NpgsqlDbType.TimestampTz);
                copy.Write(s.EndsAt, NpgsqlDbType.TimestampTz);
                copy.Write(s.ModuleCode, NpgsqlDbType.Varchar);
                copy.Write(s.TrainerId, NpgsqlDbType.Uuid);
                copy.WriteNullable(s.Venue);
                copy.WriteNullable(s.OnlineLink);
                copy.Write(0, NpgsqlDbType.Integer);
                copy.Write(s.CheckInSecret, NpgsqlDbType.Varchar);
            }
        }

        copy.Complete();
    }

    public static void Enrolments(NpgsqlConnection connection, IEnumerable<EnrolmentRow> rows)
    {
        using var copy = connection.BeginBinaryImport(
            """
            COPY training."Enrolments" ("Id", "CourseId", "ProviderId", "SponsorId", "JurisdictionCode", "TraineeUserId", "PersonId", "TraineeName",
                "IdNumberMasked", "Channel", "Status", "WaitlistedAt", "Reason", "ConcurrencyStamp", "CreatedAt", "CreatedBy") FROM STDIN (FORMAT BINARY)
            """);
        foreach (var e in rows)
        {
            copy.StartRow();
            copy.Write(e.Id, NpgsqlDbType.Uuid);
            copy.Write(e.CourseId, NpgsqlDbType.Uuid);
            copy.Write(e.ProviderId, NpgsqlDbType.Uuid);
            copy.WriteNullable(e.SponsorId);
            copy.WriteNullable(e.JurisdictionCode);
            copy.WriteNullable(e.TraineeUserId);
            copy.WriteNullable(e.PersonId);
            copy.Write(e.TraineeName, NpgsqlDbType.Varchar);
            copy.WriteNullable(e.IdNumberMasked);
            copy.Write(e.Channel, NpgsqlDbType.Varchar);
            copy.Write(e.Status, NpgsqlDbType.Varchar);
            copy.WriteNullable(e.WaitlistedAt);
            copy.WriteNullable(e.Reason);
            copy.Write(Guid.NewGuid(), NpgsqlDbType.Uuid);
            copy.Write(e.CreatedAt, NpgsqlDbType.TimestampTz);
            copy.WriteNullable(e.TraineeUserId);
        }

        copy.Complete();
    }
}
