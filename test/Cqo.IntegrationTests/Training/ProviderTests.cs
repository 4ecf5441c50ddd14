using System.Net;
using System.Net.Http.Json;
using Cqo.IntegrationTests.Identity;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.Reference.Contracts.Identifiers;
using Cqo.Training.Contracts;

namespace Cqo.IntegrationTests.Training;

[Collection(HostCollection.Name)]
public sealed class ProviderTests(CqoApp app)
{
    private readonly TrainingApi _api = new(app);

    [Fact]
    public async Task A_provider_registers_itself_pending_and_the_municipal_regulator_approves_it()
    {
        var uscc = IdentityApi.NewUscc();
        var id = OrganisationIds.FromUscc(uscc);
        var provider = _api.Provider(id);

        var registered = await TrainingApi.ReadAsync<ProviderDto>(
            await provider.PostAsJsonAsync("/api/training/providers", TrainingApi.NewProvider(uscc.ToLowerInvariant()), Json.Options), HttpStatusCode.Created);
        registered.Id.ShouldBe(id);
        registered.Uscc.ShouldBe(uscc, "stored upper case");
        registered.Status.ShouldBe(ProviderStatus.Pending);

        (await provider.PostAsJsonAsync($"/api/training/providers/{id}/review", new { decision = "Approved", concurrencyStamp = registered.ConcurrencyStamp }, Json.Options))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden, "a provider cannot approve itself");

        var approved = await TrainingApi.ReadAsync<ProviderDto>(await _api.Municipal().PostAsJsonAsync(
            $"/api/training/providers/{id}/review", new { decision = "Approved", comment = "资质齐全", concurrencyStamp = registered.ConcurrencyStamp }, Json.Options));
        approved.Status.ShouldBe(ProviderStatus.Approved);
        approved.ReviewComment.ShouldBe("资质齐全");

        var again = await _api.Municipal().PostAsJsonAsync(
            $"/api/training/providers/{id}/review", new { decision = "Approved", concurrencyStamp = approved.ConcurrencyStamp }, Json.Options);
        await again.ShouldBeProblemAsync(HttpStatusCode.Conflict, "training.provider_state");

        var suspended = await _api.Municipal().PostAsJsonAsync(
            $"/api/training/providers/{id}/review", new { decision = "Suspended", concurrencyStamp = approved.ConcurrencyStamp }, Json.Options);
        await suspended.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed", "comment");
    }

    [Fact]
    public async Task A_provider_registers_only_its_own_code_once_and_sees_no_other_provider()
    {
        var mine = await _api.ApprovedProviderAsync();
        var other = IdentityApi.NewUscc();
        var foreign = await _api.Provider(mine.Id).PostAsJsonAsync("/api/training/providers", TrainingApi.NewProvider(other), Json.Options);
        await foreign.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity, "training.outside_scope");

        var twice = await _api.Municipal().PostAsJsonAsync("/api/training/providers", TrainingApi.NewProvider(mine.Uscc), Json.Options);
        await twice.ShouldBeProblemAsync(HttpStatusCode.Conflict, "training.provider_registered");

        var stranger = await _api.ApprovedProviderAsync();
        (await _api.Provider(stranger.Id).GetAsync($"/api/training/providers/{mine.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var seen = await TrainingApi.ReadAsync<Cqo.SharedKernel.Paging.PagedResult<ProviderDto>>(await _api.Provider(stranger.Id).GetAsync("/api/training/providers"));
        seen.Items.Select(p => p.Id).ShouldBe([stranger.Id]);
    }

    [Fact]
    public async Task Bad_codes_and_districts_are_refused_by_field()
    {
        var bad = await _api.Municipal().PostAsJsonAsync("/api/training/providers", TrainingApi.NewProvider("91310110666007217X"), Json.Options);
        await bad.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed", "uscc");

        var uscc = IdentityApi.NewUscc();
        var unknownDistrict = await _api.Municipal().PostAsJsonAsync("/api/training/providers", new
        {
            uscc,
            name = "测试",
            districtCode = "999999",
            contactName = "陈",
            contactPhone = "1",
        }, Json.Options);
        await unknownDistrict.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed", "districtCode");
    }

    [Fact]
    public async Task Trainers_belong_to_their_provider()
    {
        var provider = await _api.ApprovedProviderAsync();
        var trainer = await _api.AddTrainerAsync(provider.Id, "吴卓越");
        trainer.ProviderId.ShouldBe(provider.Id);

        var other = await _api.ApprovedProviderAsync();
        (await _api.Provider(other.Id).GetAsync($"/api/training/trainers/{trainer.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await _api.Provider(other.Id).PutAsJsonAsync($"/api/training/trainers/{trainer.Id}", new { name = "改名", concurrencyStamp = trainer.ConcurrencyStamp }, Json.Options))
            .StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var renamed = await TrainingApi.ReadAsync<TrainerDto>(await _api.Provider(provider.Id).PutAsJsonAsync(
            $"/api/training/trainers/{trainer.Id}", new { name = "吴卓越", title = "高级工程师", active = false, concurrencyStamp = trainer.ConcurrencyStamp }, Json.Options));
        renamed.Active.ShouldBeFalse();
        (await _api.Provider(provider.Id).PutAsJsonAsync($"/api/training/trainers/{trainer.Id}", new { name = "x", concurrencyStamp = trainer.ConcurrencyStamp }, Json.Options))
            .StatusCode.ShouldBe(HttpStatusCode.Conflict, "a stale stamp");
    }
}
