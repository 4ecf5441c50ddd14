using System.Net;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.Oversight.Application.Exports;
using Cqo.Oversight.Contracts;
using Cqo.Platform.Auditing;
using Cqo.Platform.Csv;
using Cqo.Platform.Security;
using Cqo.SharedKernel.Security;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace Cqo.IntegrationTests.Oversight;

[Collection(AuditTrailCollection.Name)]
public sealed class ExportTests(AuditTrailFixture fixture)
{
    private readonly AuditTrailApi _api = new(fixture.App);

    [Fact]
    public async Task A_small_xlsx_export_holds_the_listed_rows_after_an_about_sheet_with_the_definition_and_filters()
    {
        var (user, _) = await _api.ArrangeAsync();
        var auditor = Guid.NewGuid();
        var client = _api.Auditor(auditor);
        var listed = await AuditTrailQueryTests.ListAsync(client, $"userId={user}");

        var response = await client.GetAsync($"/api/oversight/audit-trail/export?format=xlsx&userId={user}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.Content.Headers.ContentDisposition!.FileName!.Trim('"').ShouldStartWith("audit-trail-");
        using var file = new MemoryStream(await response.Content.ReadAsByteArrayAsync());

        MiniExcel.GetSheetNames(file).ShouldBe(["说明", "数据"]);
        var about = Sheet(file, "说明").ToDictionary(r => r[0]!, r => r[1]);
        about["标题"].ShouldBe("审计记录");
        about["口径说明"]!.ShouldContain("SHA-256");
        about["筛选：用户 ID"]!.ShouldStartWith($"{user} (审计员");
        about["生成时间"]!.ShouldEndWith("(Asia/Shanghai)");
        about.ShouldContainKey("生成人");

        var data = Sheet(file, "数据");
        data[0].ShouldBe(["记录 ID", "记录类型", "时间", "用户 ID", "用户", "对象类型", "对象标识", "变更类型", "变更内容（原值 → 新值）", "请求方法", "请求路径", "状态码", "IP 地址", "关联 ID", "链序号"]);
        data.Skip(1).Select(r => r[0]).ShouldBe(listed.Items.Select(i => (string?)i.Id.ToString()));
        data[2][8].ShouldBe("Name: 旧 → 新");
        data[1][10].ShouldBe("/api/probe");

        // The export is itself on the trail, as the auditor's view of the trail.
        var views = await AuditTrailQueryTests.ListAsync(client, $"userId={auditor}&entityType=AuditTrail");
        var view = views.Items.ShouldHaveSingleItem();
        view.ChangeKind.ShouldBe(AuditChangeKind.Viewed);
        view.Changes!.Single(c => c.Property == "Format").New.GetString().ShouldBe("Xlsx");
        view.Changes!.Single(c => c.Property == "Parameters").New.GetString()!.ShouldContain(user.ToString());
    }

    [Fact]
    public async Task A_small_csv_export_is_rfc_4180_utf8_with_the_definition_in_leading_records_and_formulas_defused()
    {
        var (user, records) = await _api.ArrangeAsync();
        var now = fixture.App.Clock.GetUtcNow();
        var formula = AuditTrailApi.Change(user, records.Type, "=HYPERLINK(\"http://x\",\"a, b\")", EntityChangeKind.Created, now.AddMinutes(-5), null);
        await _api.AddAsync(formula);
        var client = fixture.App.CreateClient("en");
        client.DefaultRequestHeaders.Add(TestAuthenticationHandler.UserHeader, Guid.NewGuid().ToString());
        client.DefaultRequestHeaders.Add(TestAuthenticationHandler.PermissionsHeader, OversightPermissions.AuditTrail);
        var listed = await AuditTrailQueryTests.ListAsync(client, $"userId={user}&sort=at");

        var response = await client.GetAsync($"/api/oversight/audit-trail/export?format=csv&userId={user}&sort=at");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.ToString().ShouldBe("text/csv; charset=utf-8");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes.Take(3).ShouldBe(Encoding.UTF8.Preamble.ToArray());
        Encoding.UTF8.GetString(bytes).ShouldContain("\r\n");

        var lines = new CsvReader(new MemoryStream(bytes)).ReadRecords().Select(r => r.Cells).ToList();
        var blank = lines.FindIndex(cells => cells.All(string.IsNullOrEmpty));
        var about = lines.Take(blank).ToDictionary(cells => cells[0]!, cells => cells[1]);
        about["Title"].ShouldBe("Audit trail");
        about["Definition"]!.ShouldStartWith("Audit trail: each record");
        about["Filter: User ID"]!.ShouldStartWith(user.ToString());
        about["Filter: Sort"].ShouldBe("at");
        lines[blank + 1][0].ShouldBe("Record ID");
        var rows = lines.Skip(blank + 2).ToList();
        rows.Select(r => r[0]).ShouldBe(listed.Items.Select(i => (string?)i.Id.ToString()));
        rows.Single(r => r[0] == formula.Id.ToString())[6].ShouldBe("'=HYPERLINK(\"http://x\",\"a, b\")");
        rows.Single(r => r[0] == records.Renamed.Id.ToString())[1].ShouldBe("Change");
    }

    [Fact]
    public async Task A_large_export_runs_in_the_background_for_its_owner_and_no_one_else()
    {
        var owner = (await _api.RegulatorAsync()).Id;
        var user = Guid.NewGuid();
        var start = fixture.App.Clock.GetUtcNow().AddHours(-1);
        await _api.AddAsync([.. Enumerable.Range(0, AuditTrailFixture.BackgroundThreshold + 5)
            .Select(i => AuditTrailApi.Change(user, "BulkProbe", $"{i}", EntityChangeKind.Updated, start.AddSeconds(i), null))]);
        var client = _api.Auditor(owner);

        var response = await client.GetAsync($"/api/oversight/audit-trail/export?format=csv&userId={user}");
        response.StatusCode.ShouldBe(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        var queued = (await response.Content.ReadFromJsonAsync<ExportDto>(Json.Options))!;
        response.Headers.Location!.ToString().ShouldBe($"/api/oversight/exports/{queued.Id}");
        (queued.Status, queued.EstimatedRows, queued.Kind).ShouldBe((ExportStatus.Queued, AuditTrailFixture.BackgroundThreshold + 5L, "audit-trail"));

        var done = await CompletedAsync(client, queued.Id);
        (done.RowsWritten, done.Percent, done.Title).ShouldBe((AuditTrailFixture.BackgroundThreshold + 5L, 100, "审计记录"));
        done.StartedAt.ShouldNotBeNull();
        done.FileName!.ShouldEndWith(".csv");
        var file = await client.GetAsync($"/api/oversight/exports/{queued.Id}/file");
        file.StatusCode.ShouldBe(HttpStatusCode.OK);
        var lines = new CsvReader(new MemoryStream(await file.Content.ReadAsByteArrayAsync())).ReadRecords().ToList();
        lines.Count(l => l.Cells.Count > 5 && l.Cells[5] == "BulkProbe").ShouldBe(AuditTrailFixture.BackgroundThreshold + 5);
        (await client.GetFromJsonAsync<Cqo.SharedKernel.Paging.PagedResult<ExportDto>>("/api/oversight/exports", Json.Options))!
            .Items.ShouldContain(e => e.Id == queued.Id);

        var stranger = _api.Auditor(Guid.NewGuid());
        await (await stranger.GetAsync($"/api/oversight/exports/{queued.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.GetAsync($"/api/oversight/exports/{queued.Id}/file")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await stranger.GetFromJsonAsync<Cqo.SharedKernel.Paging.PagedResult<ExportDto>>("/api/oversight/exports", Json.Options))!
            .Items.ShouldNotContain(e => e.Id == queued.Id);

        // The job recorded the export as the owner's view, keyed by the export.
        var view = (await AuditTrailQueryTests.ListAsync(client, $"entityType=AuditTrail&entityKey={queued.Id}")).Items.ShouldHaveSingleItem();
        (view.UserId, view.ChangeKind).ShouldBe((owner, AuditChangeKind.Viewed));
    }

    [Fact]
    public async Task A_background_export_reports_its_progress_while_it_runs()
    {
        var owner = await _api.RegulatorAsync();
        ExportDto queued;
        await using (var scope = fixture.App.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CircuitPrincipal>().Principal = new ClaimsPrincipal(new ClaimsIdentity(
                [new(CqoClaimTypes.Subject, owner.Id.ToString()), new(CqoClaimTypes.Name, owner.UserName), .. ScopeClaims.For(new DataScope(ScopeKind.MunicipalRegulator))],
                "test", CqoClaimTypes.Name, CqoClaimTypes.Role));
            var start = await scope.ServiceProvider.GetRequiredService<Exports>().StartAsync(GatedExportSource.KindName, "1000,600", ExportFormat.Xlsx, CancellationToken.None);
            queued = start.ShouldBeOfType<ExportStart.Queued>().Export;
        }

        var client = _api.Auditor(owner.Id);
        var halfway = await WaitForAsync(client, queued.Id, e => e.Status == ExportStatus.Running && e.RowsWritten >= ExportProgress.Every);
        (halfway.RowsWritten, halfway.EstimatedRows, halfway.Percent).ShouldBe((500L, 1000L, 50));

        fixture.App.Services.GetRequiredService<ExportGate>().Open.Release();
        var done = await CompletedAsync(client, queued.Id);
        (done.RowsWritten, done.Percent).ShouldBe((1000L, 100));
        var file = await client.GetAsync($"/api/oversight/exports/{queued.Id}/file");
        using var workbook = new MemoryStream(await file.Content.ReadAsByteArrayAsync());
        Sheet(workbook, "数据").Count.ShouldBe(1001);
    }

    [Fact]
    public async Task A_format_is_required_and_a_bad_filter_is_refused_before_anything_is_written()
    {
        var client = _api.Auditor(Guid.NewGuid());
        await (await client.GetAsync("/api/oversight/audit-trail/export")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, null, "format");
        await (await client.GetAsync("/api/oversight/audit-trail/export?format=pdf")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, null, "format");
        await (await client.GetAsync("/api/oversight/audit-trail/export?format=csv&kind=x")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, null, "kind");
        await (await client.GetAsync("/api/oversight/audit-trail/export?format=csv&sort=path")).ShouldBeProblemAsync(HttpStatusCode.BadRequest, null, "sort");
        await (await client.GetAsync($"/api/oversight/exports/{Guid.NewGuid()}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    private static List<string?[]> Sheet(Stream workbook, string name)
    {
        workbook.Position = 0;
        return [.. MiniExcel.Query(workbook, useHeaderRow: false, sheetName: name).Cast<IDictionary<string, object?>>()
            .Select(row => row.Values.Select(v => v is null ? null : Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray())];
    }

    private static Task<ExportDto> CompletedAsync(HttpClient client, Guid id) =>
        WaitForAsync(client, id, e => e.Status is ExportStatus.Completed or ExportStatus.Failed)
            .ContinueWith(t => t.Result.Status == ExportStatus.Completed ? t.Result : throw new ShouldAssertException($"The export failed: {t.Result.Error}"), TaskScheduler.Default);

    private static async Task<ExportDto> WaitForAsync(HttpClient client, Guid id, Func<ExportDto, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var export = (await client.GetFromJsonAsync<ExportDto>($"/api/oversight/exports/{id}", Json.Options))!;
            if (condition(export))
            {
                return export;
            }

            DateTime.UtcNow.ShouldBeLessThan(deadline, $"the export is still {export.Status} with {export.RowsWritten} rows");
            await Task.Delay(200);
        }
    }
}
