using Cqo.IntegrationTests.Infrastructure;
using Cqo.IntegrationTests.Registry;
using Cqo.Oversight.Application.Facts;
using Cqo.Oversight.Infrastructure;
using Cqo.Platform.Outbox;
using Cqo.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.IntegrationTests.Facts;

/// <summary>Oversight's copies follow their sources through the change events, and a rebuild writes the same copies.</summary>
[Collection(HostCollection.Name)]
public sealed class FactStoreTests(CqoApp app)
{
    [Fact]
    public async Task An_approved_filing_reaches_the_fact_store_and_a_rebuild_writes_the_same_fact()
    {
        var registry = new RegistryApi(app);
        var enterprise = await registry.RegisterEnterpriseAsync(RegistryApi.Xuhui);
        var filing = await registry.AnnouncedAsync(enterprise.Id);

        var copied = await FactAsync(filing.Id);
        copied.ShouldNotBeNull("the filing's change events refresh its fact");
        copied.EnterpriseId.ShouldBe(enterprise.Id);
        copied.DistrictCode.ShouldBe(RegistryApi.Xuhui);
        copied.ApprovedOn.ShouldBe(app.Clock.GetUtcNow().ToShanghaiDate());
        copied.ReviewWorkingDays.ShouldBe(0);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<OversightDbContext>().Filings.Where(f => f.Id == filing.Id).ExecuteDeleteAsync();
            await scope.ServiceProvider.GetRequiredService<RebuildFacts>().RunAsync(CancellationToken.None);
        }

        var rebuilt = await FactAsync(filing.Id, dispatch: false);
        rebuilt.ShouldNotBeNull();
        (rebuilt.Status, rebuilt.ApprovedOn, rebuilt.ApprovedMonth, rebuilt.DecidedOn, rebuilt.ReviewWorkingDays, rebuilt.JurisdictionCode, rebuilt.IndustrySectionCode, rebuilt.Scale)
            .ShouldBe((copied.Status, copied.ApprovedOn, copied.ApprovedMonth, copied.DecidedOn, copied.ReviewWorkingDays, copied.JurisdictionCode, copied.IndustrySectionCode, copied.Scale));
    }

    /// <summary>The filing's fact, delivering the outbox until it is there (the host's own dispatcher may deliver first).</summary>
    private async Task<Cqo.Oversight.Domain.FiledAppointment?> FactAsync(Guid filingId, bool dispatch = true)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (true)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var fact = await scope.ServiceProvider.GetRequiredService<OversightDbContext>().Filings.AsNoTracking().FirstOrDefaultAsync(f => f.Id == filingId && f.ApprovedOn != null);
            if (fact is not null || !dispatch || DateTime.UtcNow > deadline)
            {
                return fact;
            }

            await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchAsync(CancellationToken.None);
            await Task.Delay(50);
        }
    }
}
