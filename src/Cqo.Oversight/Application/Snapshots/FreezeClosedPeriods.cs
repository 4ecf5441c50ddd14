using System.Globalization;
using Cqo.Oversight.Contracts;
using Cqo.SharedKernel.Time;

namespace Cqo.Oversight.Application.Snapshots;

/// <summary>Freezes the month and the year that closed most recently, if they are not frozen yet.</summary>
internal sealed class FreezeClosedPeriods(FreezeSnapshot freeze, TimeProvider clock)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var lastMonth = clock.Today().AddMonths(-1);
        await freeze.FreezeAsync(Granularity.Month, lastMonth.ToString("yyyy-MM", CultureInfo.InvariantCulture), cancellationToken);
        await freeze.FreezeAsync(Granularity.Year, (clock.Today().Year - 1).ToString(CultureInfo.InvariantCulture), cancellationToken);
    }
}
