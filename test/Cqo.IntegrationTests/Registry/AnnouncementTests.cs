using System.Net;
using System.Net.Http.Json;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.Registry.Contracts;
using Cqo.SharedKernel.Paging;

namespace Cqo.IntegrationTests.Registry;

/// <summary>The public announcement window: what anyone sees, objections, and how they hold up activation.</summary>
[Collection(HostCollection.Name)]
public sealed class AnnouncementTests(CqoApp app)
{
    private readonly RegistryApi _api = new(app);

    [Fact]
    public async Task Anyone_sees_announced_appointments_with_the_officer_name_masked_and_nothing_personal()
    {
        var enterprise = await _api.RegisterEnterpriseAsync();
        var announced = await _api.AnnouncedAsync(enterprise.Id);
        var draft = await _api.DraftAsync(enterprise.Id);

        var response = await app.CreateClient().GetAsync($"/api/public/announcements?search={enterprise.Uscc}");
        var body = await response.Content.ReadAsStringAsync();
        var page = (await response.Content.ReadFromJsonAsync<PagedResult<AnnouncementDto>>(Json.Options))!;

        var announcement = page.Items.ShouldHaveSingleItem();
        announcement.FilingId.ShouldBe(announced.Id);
        announcement.OfficerName.ShouldBe("张*丰");
        announcement.WindowEnd.ShouldBe(announced.AnnouncementEnd!.Value);
        body.ShouldNotContain("张三丰");
        body.ShouldNotContain(announced.PersonIdNumberMasked);
        page.Items.ShouldNotContain(a => a.FilingId == draft.Id);
    }

    [Fact]
    public async Task A_pending_objection_holds_the_appointment_back_until_the_regulator_dismisses_it()
    {
        var enterprise = await _api.RegisterEnterpriseAsync();
        var announced = await _api.AnnouncedAsync(enterprise.Id);

        var lodged = await app.CreateClient().PostAsJsonAsync($"/api/public/announcements/{announced.Id}/objections", new { contact = "13900000000", text = "该人员曾在质量岗位上出现重大过失" }, Json.Options);
        var empty = await app.CreateClient().PostAsJsonAsync($"/api/public/announcements/{announced.Id}/objections", new { text = "" }, Json.Options);
        await _api.PassAnnouncementWindowAsync();
        var waiting = await _api.GetAsync(announced.Id);
        var objection = waiting.Objections.ShouldHaveSingleItem();
        var dismissed = await RegistryApi.ReadAsync(await _api.District().PostAsJsonAsync(
            $"/api/registry/filings/{announced.Id}/objections/{objection.Id}", new { upheld = false, comment = "经核实不属实", concurrencyStamp = waiting.ConcurrencyStamp }, Json.Options));

        lodged.StatusCode.ShouldBe(HttpStatusCode.Created, await lodged.Content.ReadAsStringAsync());
        await empty.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed", "text");
        waiting.Status.ShouldBe(FilingStatus.Announcing, "an objection is pending");
        objection.Contact.ShouldBe("13900000000");
        dismissed.Status.ShouldBe(FilingStatus.Active, "the window is over and nothing else is pending");
        dismissed.Objections.Single().Status.ShouldBe(ObjectionStatus.Dismissed);
        dismissed.History.Select(s => s.Action).ShouldContain(FilingAction.ObjectionLodged);
        dismissed.History.Select(s => s.Action).ShouldContain(FilingAction.ObjectionDismissed);
    }

    [Fact]
    public async Task An_upheld_objection_rejects_the_appointment()
    {
        var enterprise = await _api.RegisterEnterpriseAsync();
        var announced = await _api.AnnouncedAsync(enterprise.Id);
        await app.CreateClient().PostAsJsonAsync($"/api/public/announcements/{announced.Id}/objections", new { text = "学历造假" }, Json.Options);
        var filing = await _api.GetAsync(announced.Id);

        var upheld = await RegistryApi.ReadAsync(await _api.District().PostAsJsonAsync(
            $"/api/registry/filings/{filing.Id}/objections/{filing.Objections[0].Id}", new { upheld = true, comment = "经核实属实", concurrencyStamp = filing.ConcurrencyStamp }, Json.Options));
        var again = await _api.District().PostAsJsonAsync(
            $"/api/registry/filings/{filing.Id}/objections/{filing.Objections[0].Id}", new { upheld = false, comment = "改判", concurrencyStamp = upheld.ConcurrencyStamp }, Json.Options);

        upheld.Status.ShouldBe(FilingStatus.Rejected);
        upheld.Objections[0].Status.ShouldBe(ObjectionStatus.Upheld);
        await again.ShouldBeProblemAsync(HttpStatusCode.Conflict, "registry.filing_state");
    }

    [Fact]
    public async Task Objections_are_taken_only_while_an_appointment_is_announced()
    {
        var enterprise = await _api.RegisterEnterpriseAsync();
        var submitted = await _api.SubmitAsync(await _api.ReadyAsync(enterprise.Id));

        var tooEarly = await app.CreateClient().PostAsJsonAsync($"/api/public/announcements/{submitted.Id}/objections", new { text = "异议" }, Json.Options);
        var unknown = await app.CreateClient().PostAsJsonAsync($"/api/public/announcements/{Guid.NewGuid()}/objections", new { text = "异议" }, Json.Options);

        await tooEarly.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await unknown.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}
