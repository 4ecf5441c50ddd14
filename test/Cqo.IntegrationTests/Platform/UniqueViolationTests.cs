using Cqo.IntegrationTests.Infrastructure;
using Cqo.Platform.Persistence;
using Cqo.Reference.Contracts;
using Cqo.Reference.Domain;
using Cqo.Reference.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.IntegrationTests.Platform;

/// <summary>
/// The database's own verdict, as each provider words it: a lost race on a unique index becomes the
/// module's 409, while other write failures stay what they are.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class UniqueViolationTests(CqoApp app)
{
    [Fact]
    public async Task A_duplicate_key_is_recognised_as_a_unique_violation()
    {
        await SaveAsync(Unit("UNIQ1"));

        var error = await Should.ThrowAsync<DbUpdateException>(() => SaveAsync(Unit("UNIQ1")));

        error.IsUniqueViolation().ShouldBeTrue(error.InnerException?.Message);
    }

    [Fact]
    public async Task A_broken_foreign_key_is_not_a_unique_violation()
    {
        var error = await Should.ThrowAsync<DbUpdateException>(() => SaveAsync(Unit("FK1", RegulatorUnitKind.District, "999999")));

        error.IsUniqueViolation().ShouldBeFalse(error.InnerException?.Message);
    }

    private static RegulatorUnit Unit(string code, RegulatorUnitKind kind = RegulatorUnitKind.Special, string? district = null) =>
        new(Guid.NewGuid(), code, code, code, kind, district);

    private async Task SaveAsync(RegulatorUnit unit)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReferenceDbContext>();
        db.RegulatorUnits.Add(unit);
        await db.SaveChangesAsync();
    }
}
