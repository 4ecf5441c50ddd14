using Cqo.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Cqo.UnitTests.Persistence;

public sealed class LostRaceTests
{
    [Fact]
    public void A_deadlock_wrapped_by_the_execution_strategy_is_a_lost_race_and_other_failures_are_not()
    {
        var deadlock = new InvalidOperationException("transient", new DbUpdateException("save", new PostgresException("deadlock detected", "ERROR", "ERROR", "40P01")));
        deadlock.IsLostRace().ShouldBeTrue();
        new DbUpdateException("save", new PostgresException("duplicate key", "ERROR", "ERROR", "23505")).IsLostRace().ShouldBeTrue();
        new DbUpdateException("save", new PostgresException("value too long", "ERROR", "ERROR", "22001")).IsLostRace().ShouldBeFalse();
        new TimeoutException().IsLostRace().ShouldBeFalse();
    }
}
