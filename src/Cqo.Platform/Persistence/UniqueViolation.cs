using Microsoft.Data.Sqlite;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Cqo.Platform.Persistence;

/// <summary>
/// Recognises a unique-index violation on any of the three providers. A check-then-insert leaves a
/// window in which a parallel request inserts the same key; the index decides, and the loser gets
/// the same 409 the check would have given it.
/// </summary>
public static class UniqueViolation
{
    private const int SqliteConstraint = 19;
    private const string PostgresUniqueViolation = "23505";
    private static readonly int[] s_sqlServerDuplicateKey = [2601, 2627];

    public static bool IsUniqueViolation(this DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException e => e.SqliteErrorCode == SqliteConstraint && e.Message.Contains("UNIQUE", StringComparison.Ordinal),
        PostgresException e => e.SqlState == PostgresUniqueViolation,
        SqlException e => s_sqlServerDuplicateKey.Contains(e.Number),
        _ => false,
    };
}
