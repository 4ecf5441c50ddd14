using Npgsql;
using NpgsqlTypes;

namespace Cqo.Benchmarks.Registry;

/// <summary>
/// Binary COPY of generated rows into the registry's tables, columns named as in the PostgreSQL migration
/// (<c>*_Registry.cs</c>). Audit columns <c>CreatedBy</c>, <c>ModifiedAt</c>, <c>ModifiedBy</c> stay null, as for
/// rows imported by the system.
/// </summary>
internal static class RegistryCopy
{
    public static async Task EnterprisesAsync(NpgsqlConnection connection, IEnumerable<EnterpriseRow> rows, CancellationToken cancellationToken)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            """
            COPY registry."Enterprises" ("Id", "Uscc", "UsccOverrideReason", "Name", "Address", "DistrictCode", "JurisdictionCode",
                "IndustryDivisionCode", "Scale", "AboveDesignatedSize", "Specialised", "Status", "DeregisteredAt",
                "ConcurrencyStamp", "CreatedAt") FROM STDIN (FORMAT BINARY)
            """,
            cancellationToken);
        foreach (var e in rows)
        {
            await copy.StartRowAsync(cancellationToken);
            await copy.WriteAsync(e.Id, NpgsqlDbType.Uuid, cancellationToken);
            await copy.WriteAsync(e.Uscc, NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteNullAsync(cancellationToken);
            await copy.WriteAsync(e.Name, NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync(e.Address, NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync(e.District.Code, NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync(e.District.Code, NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync(e.IndustryDivisionCode, NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync(e.Scale, NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync(e.AboveDesignatedSize, NpgsqlDbType.Boolean, cancellationToken);
            await copy.WriteAsync(e.Specialised, NpgsqlDbType.Boolean, cancellationToken);
            await copy.WriteAsync(e.Status, NpgsqlDbType.Varchar, cancellationToken);
            await WriteNullableAsync(copy, e.DeregisteredAt, cancellationToken);
            await copy.WriteAsync(Guid.NewGuid(), NpgsqlDbType.Uuid, cancellationToken);
            await copy.WriteAsync(e.CreatedAt, NpgsqlDbType.TimestampTz, cancellationToken);
        }

        await copy.CompleteAsync(cancellationToken);
    }

    public static async Task AwardsAsync(NpgsqlConnection connection, IEnumerable<(Guid EnterpriseId, AwardRow Award)> rows, CancellationToken cancellationToken)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            """COPY registry."EnterpriseAwards" ("EnterpriseId", "Name", "Level", "Year") FROM STDIN (FORMAT BINARY)""",
            cancellationToken);
        foreach (var (enterpriseId, award) in rows)
        {
            await copy.StartRowAsync(cancellationToken);
            await copy.WriteAsync(enterpriseId, NpgsqlDbType.Uuid, cancellationToken);
            await copy.WriteAsync(award.Name, NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync(award.Level, NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync(award.Year, NpgsqlDbType.Integer, cancellationToken);
        }

        await copy.CompleteAsync(cancellationToken);
    }

    public static async Task PeopleAsync(NpgsqlConnection connection, IEnumerable<PersonRow> rows, CancellationToken cancellationToken)
    {
        await using var copy = await connection.BeginBinaryImportAsync(
            """
            COPY registry."People" ("Id", "EnterpriseId", "Name", "IdType", "IdNumberCipher", "IdNumberHash", "IdNumberMasked",
                "Gender", "BirthDate", "Education", "Major", "Title", "QualityEngineerLevel", "QualityYears", "Phone", "Email",
                "UserId", "JurisdictionCode", "ConcurrencyStamp", "CreatedAt") FROM STDIN (FORMAT BINARY)
            """,
            cancellationToken);
        foreach (var p in rows)
        {
            await copy.StartRowAsync(cancellationToken);
            await copy.WriteAsync(p.Id, NpgsqlDbType.Uuid, cancellationToken);
            await copy.WriteAsync(p.EnterpriseId, NpgsqlDbType.Uuid, cancellationToken);
            await copy.WriteAsync(p.Name, NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync("ResidentId", NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync(p.IdNumberCipher, NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync(p.IdNumberHash, NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync(p.IdNumberMasked, NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync(p.Gender, NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync(p.BirthDate, NpgsqlDbType.Date, cancellationToken);
            await copy.WriteAsync(p.Education, NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync(p.Major, NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync(p.Title, NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync(p.QualityEngineerLevel, NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync(p.QualityYears, NpgsqlDbType.Integer, cancellationToken);
            await copy.WriteAsync(p.Phone, NpgsqlDbType.Varchar, cancellationToken);
            await WriteNullableAsync(copy, p.Email, cancellationToken);
            await copy.WriteNullAsync(cancellationToken);
            await copy.WriteAsync(p.JurisdictionCode, NpgsqlDbType.Varchar, cancellationToken);
            await copy.WriteAsync(Guid.NewGuid(), NpgsqlDbType.Uuid, cancellationToken);
            await copy.WriteAsync(p.CreatedAt, NpgsqlDbType.TimestampTz, cancellationToken);
        }

        await copy.CompleteAsync(cancellationToken);
    }

    private static async Task WriteNullableAsync(NpgsqlBinaryImporter copy, DateTimeOffset? value, CancellationToken cancellationToken)
    {
        if (value is { } at)
        {
            await copy.WriteAsync(at, NpgsqlDbType.TimestampTz, cancellationToken);
        }
        else
        {
            await copy.WriteNullAsync(cancellationToken);
        }
    }

    private static async Task WriteNullableAsync(NpgsqlBinaryImporter copy, string? value, CancellationToken cancellationToken)
    {
        if (value is null)
        {
            await copy.WriteNullAsync(cancellationToken);
        }
        else
        {
            await copy.WriteAsync(value, NpgsqlDbType.Varchar, cancellationToken);
        }
    }
}
