using Npgsql;

namespace Cqo.Benchmarks.BareApp.Registry;

/// <summary>
/// <c>GET /registry/enterprises</c>: the host's enterprise search with nothing around it (no authentication,
/// permissions, EF Core or token checks), the same commands over raw ADO.NET. <c>jurisdiction</c> stands in
/// for the district regulator's token.
/// </summary>
internal static class EnterpriseSearchEndpoint
{
    /// <summary><c>ConnectionStrings:Registry</c> (env <c>ConnectionStrings__Registry</c>); the endpoint exists only when it is set.</summary>
    public const string ConnectionStringName = "Registry";

    public static void MapEnterpriseSearch(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/registry/enterprises", async (
            string? search, string? districtCode, string? status, string? jurisdiction, int? skip, int? take,
            NpgsqlDataSource dataSource, CancellationToken cancellationToken) =>
        {
            var query = new EnterpriseSearch(search, districtCode, status, jurisdiction, skip ?? 0, take ?? 20);
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            var items = new List<EnterpriseItem>(query.Take);
            await using (var page = query.PageCommand(connection))
            await using (var reader = await page.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    // One row per award (or one with a null award): rows of an enterprise are adjacent, ordered by name and id.
                    var id = reader.GetGuid(0);
                    if (items.Count == 0 || items[^1].Id != id)
                    {
                        items.Add(Read(reader, id));
                    }

                    if (!reader.IsDBNull(18))
                    {
                        items[^1].Awards.Add(new AwardItem(reader.GetString(21), reader.GetString(20), reader.GetInt32(22)));
                    }
                }
            }

            // As the host: the count only when the page cannot tell it (a short page ends the list).
            var total = items.Count < query.Take && (items.Count > 0 || query.Skip == 0)
                ? query.Skip + items.Count
                : await CountAsync(query, connection, cancellationToken);
            return TypedResults.Ok(new EnterprisePage(items, total));
        });

    private static async Task<int> CountAsync(EnterpriseSearch query, NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var count = query.CountCommand(connection);
        return (int)(await count.ExecuteScalarAsync(cancellationToken))!;
    }

    private static EnterpriseItem Read(NpgsqlDataReader reader, Guid id) => new(
        id,
        Uscc: reader.GetString(16),
        UsccOverrideReason: reader.IsDBNull(17) ? null : reader.GetString(17),
        Name: reader.GetString(12),
        Address: reader.IsDBNull(2) ? null : reader.GetString(2),
        DistrictCode: reader.GetString(7),
        RegulatorUnitCode: reader.IsDBNull(9) ? null : reader.GetString(9),
        IndustryDivisionCode: reader.GetString(8),
        Scale: reader.GetString(13),
        AboveDesignatedSize: reader.GetBoolean(1),
        Specialised: reader.GetBoolean(14),
        Status: reader.GetString(15),
        Awards: [],
        CreatedAt: reader.GetFieldValue<DateTimeOffset>(4),
        ConcurrencyStamp: reader.GetGuid(3));
}
