using System.Net;
using System.Net.Http.Json;
using Cqo.Certification.Contracts;
using Cqo.Certification.Infrastructure;
using Cqo.IntegrationTests.Certification;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.Platform.Persistence;
using Cqo.Registry.Contracts;
using Cqo.Registry.Infrastructure;
using Cqo.SharedKernel.Events;
using Cqo.SharedKernel.Time;
using Cqo.Training.Contracts;
using Cqo.Training.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Cqo.IntegrationTests.Facts;

/// <summary>
/// A rebuild reads every fact page by page. Each provider orders ids its own way, so the pages are
/// checked against the database's own order, never against <see cref="Guid.CompareTo(Guid)"/>.
/// </summary>
[Collection(HostCollection.Name)]
public sealed class FactPagingTests(CqoApp app)
{
    private readonly CertificationApi _api = new(app);
    private readonly FactFeeds _feeds = new(app);

    [Fact]
    public async Task Pages_return_every_record_once_in_the_database_id_order_and_a_lookup_of_many_ids_finds_each_that_exists()
    {
        await ArrangeThreeOfEachAsync();

        await ShouldPageAsync<EnterpriseFact, RegistryDbContext>(db => db.Enterprises.IgnoreQueryFilters([QueryFilters.DataScope]).Select(e => e.Id));
        await ShouldPageAsync<FilingFact, RegistryDbContext>(db => db.Filings.IgnoreQueryFilters([QueryFilters.DataScope]).Select(f => f.Id));
        await ShouldPageAsync<EnrolmentFact, TrainingDbContext>(db => db.Enrolments.IgnoreQueryFilters([QueryFilters.DataScope]).Select(e => e.Id));
        await ShouldPageAsync<CertificateFact, CertificationDbContext>(db => db.Certificates.IgnoreQueryFilters([QueryFilters.DataScope]).Select(c => c.Id));
        await ShouldPageAsync<CreditFact, CertificationDbContext>(db => db.Credits.IgnoreQueryFilters([QueryFilters.DataScope]).Select(c => c.Id));
    }

    private async Task ShouldPageAsync<TFact, TContext>(Func<TContext, IQueryable<Guid>> records)
        where TFact : IFact
        where TContext : CqoDbContext
    {
        var before = await _feeds.IdsInOrderAsync(records);
        var take = Math.Max(1, before.Count / 4);
        var (facts, pages) = await _feeds.AllAsync<TFact>(take);
        var after = await _feeds.IdsInOrderAsync(records);
        var paged = facts.Select(f => f.Id).ToList();
        var pagedSet = paged.ToHashSet();
        var existed = before.ToHashSet();

        // The host's own jobs may add records meanwhile (a certificate issued on a pass): those may or may not be paged.
        pages.ShouldBeGreaterThanOrEqualTo(4, typeof(TFact).Name);
        paged.ShouldBeUnique(typeof(TFact).Name);
        paged.Where(existed.Contains).ShouldBe(before, $"every {typeof(TFact).Name} that existed, in the database's order");
        after.Where(pagedSet.Contains).ShouldBe(paged, $"{typeof(TFact).Name} pages follow the database's order");

        var unknown = Enumerable.Range(0, FactFeedQueries.IdsPerQuery).Select(_ => Guid.NewGuid());
        var found = await _feeds.FindAsync<TFact>([.. before, .. unknown]);
        found.Select(f => f.Id).ShouldBe(before, ignoreOrder: true, $"{typeof(TFact).Name} lookups span several queries");
    }

    private async Task ArrangeThreeOfEachAsync()
    {
        CertificateDto[] certificates = [await _api.IssuedByHandAsync(), await _api.IssuedByHandAsync(), await _api.IssuedByHandAsync()];
        foreach (var _ in certificates)
        {
            await _api.Registry.DraftAsync(certificates[0].EnterpriseId!.Value);
        }

        var course = await _api.Training.PublishedCourseAsync(app.Clock.Today().AddDays(10));
        await _api.Training.AppliedAsync(course, 3);
        var officer = _api.Officer(Guid.NewGuid());
        for (var i = 1; i <= 3; i++)
        {
            (await officer.PostAsJsonAsync("/api/certification/credits",
                new { title = $"质量讲座 {i}", hours = i, completedOn = certificates[0].IssuedOn, evidence = "参会证明" }, Json.Options))
                .StatusCode.ShouldBe(HttpStatusCode.Created);
        }
    }
}
