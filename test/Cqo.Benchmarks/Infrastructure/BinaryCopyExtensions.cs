using Npgsql;
using NpgsqlTypes;

namespace Cqo.Benchmarks.Infrastructure;

/// <summary>Nullable values in a binary COPY, which needs an explicit NULL where a value is missing.</summary>
internal static class BinaryCopyExtensions
{
    public static void WriteNullable(this NpgsqlBinaryImporter copy, string? value)
    {
        if (value is null)
        {
            copy.WriteNull();
        }
        else
        {
            copy.Write(value, NpgsqlDbType.Varchar);
        }
    }

    public static void WriteNullable<T>(this NpgsqlBinaryImporter copy, T? value)
        where T : struct
    {
        if (value is { } v)
        {
            copy.Write(v, v switch
            {
                Guid => NpgsqlDbType.Uuid,
                DateOnly => NpgsqlDbType.Date,
                _ => NpgsqlDbType.TimestampTz,
            });
        }
        else
        {
            copy.WriteNull();
        }
    }
}
