using System.Net;
using System.Net.Http.Json;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.Platform.Auditing;
using Cqo.Platform.Auditing.Chain;
using Cqo.Platform.Auditing.PruneAuditRecords;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.IntegrationTests.Oversight;

/// <summary>
/// The hash chain over the trail: sealing, verification and pruning, and breaks made the way someone
/// with database access would make them (plain SQL). Every test that breaks the chain mends it again,
/// since the collection shares one chain.
/// </summary>
[Collection(AuditTrailCollection.Name)]
public sealed class AuditChainTests(AuditTrailFixture fixture)
{
    private readonly AuditTrailApi _api = new(fixture.App);

    [Fact]
    public async Task Sealing_twice_seals_nothing_more_and_changes_nothing()
    {
        var records = await AddRecordsAsync(7);
        await _api.SealAsync();
        var head = await HeadAsync();
        var chained = await ChainedAsync(records);
        chained.ShouldAllBe(r => r.Sequence != null && r.Hash != null);

        (await _api.SealAsync()).ShouldBe(0);
        (await HeadAsync()).ShouldBe(head);
        (await ChainedAsync(records)).ShouldBe(chained);
    }

    [Fact]
    public async Task Sealers_racing_on_several_hosts_leave_one_gapless_chain()
    {
        var records = await AddRecordsAsync(240);
        var sealedCounts = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(_api.SealAsync)));

        sealedCounts.Sum().ShouldBeGreaterThanOrEqualTo(0);
        var head = await HeadAsync();
        var sequences = await _api.InPlatformAsync(async db =>
            (await db.EntityChanges.Where(c => c.ChainSequence > head.AnchorSequence).Select(c => c.ChainSequence!.Value).ToListAsync())
            .Concat(await db.RequestAudits.Where(r => r.ChainSequence > head.AnchorSequence).Select(r => r.ChainSequence!.Value).ToListAsync())
            .Order().ToList());
        sequences.ShouldBe(Enumerable.Range(0, (int)(head.LastSequence - head.AnchorSequence)).Select(i => head.AnchorSequence + 1 + i));
        (await ChainedAsync(records)).ShouldAllBe(r => r.Sequence != null);
        (await _api.VerifyAsync()).Intact.ShouldBeTrue();
    }

    [Fact]
    public async Task An_intact_chain_verifies_and_the_api_answers_the_latest_result()
    {
        await AddRecordsAsync(5);
        await _api.SealAsync();
        var client = _api.Auditor(Guid.NewGuid());

        fixture.App.Clock.Advance(TimeSpan.FromSeconds(1));
        var response = await client.PostAsync("/api/oversight/audit-trail/verification", null);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var result = (await response.Content.ReadFromJsonAsync<AuditChainVerificationDto>(Json.Options))!;
        var head = await HeadAsync();
        result.Intact.ShouldBeTrue();
        result.Break.ShouldBeNull();
        result.LastSequence.ShouldBe(head.LastSequence);
        result.LastHash.ShouldBe(head.LastHash);
        result.CheckedRecords.ShouldBe(head.LastSequence - head.AnchorSequence);

        var latest = (await client.GetFromJsonAsync<AuditChainVerificationDto>("/api/oversight/audit-trail/verification", Json.Options))!;
        latest.Id.ShouldBe(result.Id);
    }

    [Fact]
    public async Task A_field_changed_by_sql_is_reported_as_content_changed_at_its_sequence()
    {
        var records = await AddRecordsAsync(6);
        await _api.SealAsync();
        var target = (await ChainedAsync(records)).First(r => r.Kind == AuditRecordKind.Change);
        (await _api.VerifyAsync()).Intact.ShouldBeTrue();

        await _api.SqlAsync<EntityChange>("UPDATE {table} SET \"Changes\" = {0} WHERE \"ChainSequence\" = {1}", """{"Name":["旧","改过"]}""", target.Sequence!);
        var broken = await _api.VerifyAsync();
        broken.Intact.ShouldBeFalse();
        broken.Break.ShouldNotBeNull();
        (broken.Break.Sequence, broken.Break.Kind, broken.Break.RecordKind, broken.Break.RecordId)
            .ShouldBe((target.Sequence!.Value, AuditChainBreakKind.ContentChanged, AuditRecordKind.Change, (Guid?)target.Id));

        await _api.SqlAsync<EntityChange>("UPDATE {table} SET \"Changes\" = {0} WHERE \"ChainSequence\" = {1}", target.Changes!, target.Sequence!);
        (await _api.VerifyAsync()).Intact.ShouldBeTrue();
    }

    [Fact]
    public async Task A_request_whose_status_was_changed_is_reported_too()
    {
        var records = await AddRecordsAsync(6);
        await _api.SealAsync();
        var target = (await ChainedAsync(records)).First(r => r.Kind == AuditRecordKind.Request);

        await _api.SqlAsync<RequestAudit>("UPDATE {table} SET \"StatusCode\" = 201 WHERE \"ChainSequence\" = {0}", target.Sequence!);
        var broken = await _api.VerifyAsync();
        (broken.Break!.Sequence, broken.Break.Kind, broken.Break.RecordId).ShouldBe((target.Sequence!.Value, AuditChainBreakKind.ContentChanged, (Guid?)target.Id));

        await _api.SqlAsync<RequestAudit>("UPDATE {table} SET \"StatusCode\" = {0} WHERE \"ChainSequence\" = {1}", target.StatusCode!, target.Sequence!);
        (await _api.VerifyAsync()).Intact.ShouldBeTrue();
    }

    [Fact]
    public async Task A_stored_hash_changed_by_sql_is_reported_as_a_hash_mismatch()
    {
        var records = await AddRecordsAsync(6);
        await _api.SealAsync();
        var target = (await ChainedAsync(records))[2];

        await _api.SqlAsync(target.Kind, "UPDATE {table} SET \"ChainHash\" = {0} WHERE \"ChainSequence\" = {1}", new string('a', 64), target.Sequence!);
        var broken = await _api.VerifyAsync();
        (broken.Break!.Sequence, broken.Break.Kind).ShouldBe((target.Sequence!.Value, AuditChainBreakKind.HashMismatch));

        await _api.SqlAsync(target.Kind, "UPDATE {table} SET \"ChainHash\" = {0} WHERE \"ChainSequence\" = {1}", target.Hash!, target.Sequence!);
        (await _api.VerifyAsync()).Intact.ShouldBeTrue();
    }

    [Fact]
    public async Task A_record_deleted_from_the_middle_is_reported_missing()
    {
        var records = await AddRecordsAsync(6);
        await _api.SealAsync();
        var target = (await ChainedAsync(records)).First(r => r.Kind == AuditRecordKind.Change);
        var copy = await _api.InPlatformAsync(db => db.EntityChanges.AsNoTracking().SingleAsync(c => c.Id == target.Id));

        await _api.SqlAsync<EntityChange>("DELETE FROM {table} WHERE \"ChainSequence\" = {0}", target.Sequence!);
        var broken = await _api.VerifyAsync();
        broken.Break.ShouldNotBeNull();
        (broken.Break.Sequence, broken.Break.Kind, broken.Break.RecordId).ShouldBe((target.Sequence!.Value, AuditChainBreakKind.RecordMissing, (Guid?)null));

        await _api.AddAsync(copy);
        (await _api.VerifyAsync()).Intact.ShouldBeTrue();
    }

    [Fact]
    public async Task A_tail_cut_off_is_reported_as_truncated_even_when_the_head_is_moved_back_too()
    {
        await AddRecordsAsync(4);
        await _api.SealAsync();
        (await _api.VerifyAsync()).Intact.ShouldBeTrue();
        var head = await HeadAsync();
        var tail = await _api.InPlatformAsync(async db =>
            (await db.EntityChanges.AsNoTracking().Where(c => c.ChainSequence > head.LastSequence - 2).ToListAsync()).Cast<object>()
            .Concat(await db.RequestAudits.AsNoTracking().Where(r => r.ChainSequence > head.LastSequence - 2).ToListAsync()).ToList());
        tail.Count.ShouldBe(2);

        await _api.SqlAsync<EntityChange>("DELETE FROM {table} WHERE \"ChainSequence\" > {0}", head.LastSequence - 2);
        await _api.SqlAsync<RequestAudit>("DELETE FROM {table} WHERE \"ChainSequence\" > {0}", head.LastSequence - 2);
        var cut = await _api.VerifyAsync();
        (cut.Break!.Sequence, cut.Break.Kind).ShouldBe((head.LastSequence - 1, AuditChainBreakKind.TailTruncated));

        // Covering the cut by moving the head back: the last intact verification saw the chain longer.
        var previous = await _api.InPlatformAsync(async db =>
            await db.EntityChanges.Where(c => c.ChainSequence == head.LastSequence - 2).Select(c => c.ChainHash).FirstOrDefaultAsync()
            ?? await db.RequestAudits.Where(r => r.ChainSequence == head.LastSequence - 2).Select(r => r.ChainHash).FirstAsync());
        await _api.SqlAsync<AuditChainHead>("UPDATE {table} SET \"LastSequence\" = {0}, \"LastHash\" = {1}", head.LastSequence - 2, previous!);
        var covered = await _api.VerifyAsync();
        (covered.Break!.Sequence, covered.Break.Kind).ShouldBe((head.LastSequence - 1, AuditChainBreakKind.TailTruncated));

        await _api.SqlAsync<AuditChainHead>("UPDATE {table} SET \"LastSequence\" = {0}, \"LastHash\" = {1}", head.LastSequence, head.LastHash);
        await _api.AddAsync([.. tail]);
        (await _api.VerifyAsync()).Intact.ShouldBeTrue();
    }

    [Fact]
    public async Task Pruning_removes_a_sealed_prefix_past_retention_and_the_rest_still_verifies()
    {
        await AddRecordsAsync(6);
        await _api.SealAsync();
        var clock = fixture.App.Clock;
        var unsealedOld = AuditTrailApi.Change(null, "PruneProbe", "unsealed", EntityChangeKind.Updated, clock.GetUtcNow(), null);
        clock.Advance(TimeSpan.FromDays(31));
        var recent = await AddRecordsAsync(4);
        await _api.SealAsync();
        await _api.AddAsync(unsealedOld); // old, but written after the last seal: not in the chain yet
        (await _api.VerifyAsync()).Intact.ShouldBeTrue();

        await using (var scope = fixture.App.Services.CreateAsyncScope())
        {
            (await scope.ServiceProvider.GetRequiredService<PruneAuditRecordsHandler>().HandleAsync(CancellationToken.None)).ShouldBeGreaterThan(0);
        }

        var cutoff = clock.GetUtcNow().AddDays(-30);
        var head = await HeadAsync();
        head.AnchorSequence.ShouldBeGreaterThan(0);
        (await _api.InPlatformAsync(db => db.EntityChanges.CountAsync(c => c.ChainSequence != null && c.ChangedAt < cutoff))).ShouldBe(0);
        (await _api.InPlatformAsync(db => db.RequestAudits.CountAsync(r => r.ChainSequence != null && r.At < cutoff))).ShouldBe(0);
        (await _api.InPlatformAsync(db => db.EntityChanges.AnyAsync(c => c.Id == unsealedOld.Id))).ShouldBeTrue();
        (await ChainedAsync(recent)).ShouldAllBe(r => r.Sequence > head.AnchorSequence);

        var verified = await _api.VerifyAsync();
        verified.Intact.ShouldBeTrue();
        verified.AnchorSequence.ShouldBe(head.AnchorSequence);
        verified.CheckedRecords.ShouldBe(head.LastSequence - head.AnchorSequence);
    }

    /// <summary>Changes and requests of a new user, a second apart, unsealed.</summary>
    private async Task<IReadOnlyList<Guid>> AddRecordsAsync(int count)
    {
        var user = Guid.NewGuid();
        var start = fixture.App.Clock.GetUtcNow().AddMinutes(-10);
        var records = Enumerable.Range(0, count).Select(i => i % 3 == 2
            ? (object)AuditTrailApi.Request(user, $"/api/probe/{i}", start.AddSeconds(i), $"chain-{i}")
            : AuditTrailApi.Change(user, "ChainProbe", $"{user:N}-{i}", EntityChangeKind.Updated, start.AddSeconds(i), $"chain-{i}", $$"""{"Step":[{{i}},{{i + 1}}]}""")).ToList();
        await _api.AddAsync([.. records]);
        return [.. records.Select(r => r is EntityChange c ? c.Id : ((RequestAudit)r).Id)];
    }

    /// <summary>The records as the chain sees them, in sequence order.</summary>
    private Task<List<ChainedRecord>> ChainedAsync(IReadOnlyList<Guid> ids) =>
        _api.InPlatformAsync(async db =>
            (await db.EntityChanges.AsNoTracking().Where(c => ids.Contains(c.Id)).ToListAsync()).Select(ChainedRecord.Of)
            .Concat((await db.RequestAudits.AsNoTracking().Where(r => ids.Contains(r.Id)).ToListAsync()).Select(ChainedRecord.Of))
            .OrderBy(r => r.Sequence).ToList());

    private Task<AuditChainHeadState> HeadAsync() =>
        _api.InPlatformAsync(db => db.AuditChainHeads.AsNoTracking()
            .Select(h => new AuditChainHeadState(h.AnchorSequence, h.AnchorHash, h.LastSequence, h.LastHash)).SingleAsync());
}
