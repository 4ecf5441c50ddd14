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

    private const string PostgresDeadlock = "40P01";
    private const int SqlServerDeadlockVictim = 1205;

    /// <summary>
    /// Whether a batch lost a race with another writer of the same unique keys: a unique violation,
    /// or a deadlock, which two batches inserting overlapping keys in different orders end in
    /// (PostgreSQL then reports it through its execution strategy's wrapper). Either way the other
    /// writer stored those keys; the loser redoes its batch one row at a time.
    /// </summary>
    public static bool IsLostRace(this Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e is DbUpdateException update && update.IsUniqueViolation()
                || e is PostgresException { SqlState: PostgresDeadlock }
                || e is SqlException { Number: SqlServerDeadlockVictim })
            {
                return true;
            }
        }

        return false;
    }

    public static bool IsUniqueViolation(this DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException e => e.SqliteErrorCode == SqliteConstraint && e.Message.Contains("UNIQUE", StringComparison.Ordinal),
        PostgresException e => e.SqlState == PostgresUniqueViolation,
        SqlException e => s_sqlServerDuplicateKey.Contains(e.Number),
        _ => false,
    };
}
