using System.Net;
using System.Net.Http.Json;
using System.Text;
using Cqo.IntegrationTests.Identity;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.Reference.Contracts.Identifiers;
using Cqo.Registry.Contracts;
using Cqo.SharedKernel.Paging;
using MiniExcelLibs;
using static Cqo.IntegrationTests.Registry.ImportFiles;

namespace Cqo.IntegrationTests.Registry;

[Collection(HostCollection.Name)]
public sealed class ImportTests(CqoApp app)
{
    private readonly RegistryApi _api = new(app);

    private HttpClient Municipal() => _api.As("MunicipalRegulator::310000", ImporterPermissions);

    private HttpClient District(string jurisdiction) => _api.As($"DistrictRegulator::{jurisdiction}", ImporterPermissions);

    private HttpClient EnterpriseCaller(Guid id) => _api.As($"Enterprise:{id}", ImporterPermissions);

    [Fact]
    public async Task All_or_nothing_with_two_bad_rows_among_fifty_stores_nothing_and_reports_row_column_and_reason()
    {
        var rows = Enumerable.Range(0, 50).Select(_ => EnterpriseRow()).ToList();
        var goodUscc = rows[0][0];
        rows[11][0] = goodUscc[..17] + (goodUscc[17] == '0' ? '1' : '0'); // wrong check character, file row 13
        rows[29][6] = "巨型"; // no such scale, file row 31

        var batch = await ImportAsync(Municipal(), Csv(EnterpriseHeaders, rows), "企业.csv", ImportKind.Enterprises);

        batch.Status.ShouldBe(ImportStatus.Rejected);
        batch.TotalRows.ShouldBe(50);
        batch.ErrorRows.ShouldBe(2);
        batch.ImportedRows.ShouldBe(0);
        batch.Message.ShouldNotBeNull().ShouldContain("2");
        var errors = await ErrorsAsync(Municipal(), batch.Id);
        errors.Count.ShouldBe(2);
        errors[0].ShouldSatisfyAllConditions(
            e => e.RowNumber.ShouldBe(13),
            e => e.Column.ShouldBe("统一社会信用代码"),
            e => e.Message.ShouldContain("校验码"),
            e => e.Message.ShouldContain("“统一社会信用代码”"));
        errors[1].ShouldSatisfyAllConditions(
            e => e.RowNumber.ShouldBe(31),
            e => e.Column.ShouldBe("企业规模"),
            e => e.Message.ShouldContain("巨型"),
            e => e.Message.ShouldContain("大型"));
        (await CountEnterprisesAsync(goodUscc)).ShouldBe(0);
        (await CountEnterprisesAsync(rows[49][0])).ShouldBe(0);
    }

    [Fact]
    public async Task Valid_rows_only_from_a_workbook_stores_the_good_rows_and_reports_the_bad_ones_in_the_readers_language()
    {
        var rows = Enumerable.Range(0, 20).Select(_ => EnterpriseRow()).ToList();
        rows[3][1] = ""; // no name, file row 5
        rows[7][3] = "310199"; // no such district, file row 9

        var batch = await ImportAsync(Municipal(), Xlsx(EnterpriseHeaders, rows), "企业.xlsx", ImportKind.Enterprises, ImportMode.ValidRowsOnly);

        batch.ShouldSatisfyAllConditions(
            b => b.Status.ShouldBe(ImportStatus.Completed),
            b => b.Format.ShouldBe(ImportFormat.Xlsx),
            b => b.TotalRows.ShouldBe(20),
            b => b.ImportedRows.ShouldBe(18),
            b => b.ErrorRows.ShouldBe(2),
            b => b.Percent.ShouldBe(100));
        var errors = await ErrorsAsync(Municipal(), batch.Id);
        errors.Select(e => (e.RowNumber, e.Column)).ShouldBe([(5, "企业名称"), (9, "所在区")]);
        errors[1].Message.ShouldContain("310199");
        (await CountEnterprisesAsync(rows[0][0])).ShouldBe(1);
        (await CountEnterprisesAsync(rows[3][0])).ShouldBe(0);

        var english = Municipal();
        english.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var inEnglish = await ErrorsAsync(english, batch.Id);
        inEnglish[0].Message.ShouldContain("'企业名称'");
        inEnglish[1].Message.ShouldContain("must be a known district");

        var stored = (await Municipal().GetFromJsonAsync<PagedResult<EnterpriseDto>>($"/api/registry/enterprises?search={rows[0][0]}", Json.Options))!.Items.ShouldHaveSingleItem();
        stored.ShouldSatisfyAllConditions(
            e => e.DistrictCode.ShouldBe("310115"),
            e => e.RegulatorUnitCode.ShouldBe("310115"),
            e => e.Scale.ShouldBe(EnterpriseScale.Medium),
            e => e.AboveDesignatedSize.ShouldBeTrue(),
            e => e.Specialised.ShouldBeFalse(),
            e => e.Id.ShouldBe(OrganisationIds.FromUscc(rows[0][0])));
    }

    [Fact]
    public async Task A_USCC_repeated_in_the_file_is_flagged_on_the_second_row_naming_the_first()
    {
        var rows = Enumerable.Range(0, 5).Select(_ => EnterpriseRow()).ToList();
        rows[4][0] = rows[1][0].ToLowerInvariant(); // the same code, typed differently

        var batch = await ImportAsync(Municipal(), Csv(EnterpriseHeaders, rows), "重复.csv", ImportKind.Enterprises, ImportMode.ValidRowsOnly);

        batch.ImportedRows.ShouldBe(4);
        var error = (await ErrorsAsync(Municipal(), batch.Id)).ShouldHaveSingleItem();
        (error.RowNumber, error.Column).ShouldBe((6, "统一社会信用代码"));
        error.Message.ShouldContain("第 3 行");
    }

    [Fact]
    public async Task An_enterprise_already_registered_is_a_row_error()
    {
        var existing = await _api.RegisterEnterpriseAsync();

        var batch = await ImportAsync(Municipal(), Csv(EnterpriseHeaders, [EnterpriseRow(existing.Uscc), EnterpriseRow()]), "已登记.csv", ImportKind.Enterprises);

        batch.Status.ShouldBe(ImportStatus.Rejected);
        var error = (await ErrorsAsync(Municipal(), batch.Id)).ShouldHaveSingleItem();
        (error.RowNumber, error.Column).ShouldBe((2, "统一社会信用代码"));
        error.Message.ShouldContain(existing.Name);
    }

    [Fact]
    public async Task A_district_regulator_importing_an_enterprise_of_another_district_gets_a_row_error()
    {
        var rows = new List<string[]> { EnterpriseRow(district: "徐汇区"), EnterpriseRow(district: "310115") };

        var batch = await ImportAsync(District(RegistryApi.Xuhui), Csv(EnterpriseHeaders, rows), "徐汇.csv", ImportKind.Enterprises, ImportMode.ValidRowsOnly);

        batch.ImportedRows.ShouldBe(1);
        var error = (await ErrorsAsync(District(RegistryApi.Xuhui), batch.Id)).ShouldHaveSingleItem();
        (error.RowNumber, error.Column).ShouldBe((3, "所在区"));
        error.Message.ShouldContain("所辖范围");
        (await CountEnterprisesAsync(rows[0][0])).ShouldBe(1);
        (await CountEnterprisesAsync(rows[1][0])).ShouldBe(0);
    }

    [Fact]
    public async Task An_enterprise_imports_only_its_own_people_and_a_person_twice_is_flagged()
    {
        var own = await _api.RegisterEnterpriseAsync();
        var other = await _api.RegisterEnterpriseAsync();
        var idNumber = RegistryApi.NewResidentId();
        var rows = new List<string[]>
        {
            PersonRow("", name: "王五"),
            PersonRow(own.Uscc, idNumber, "赵六"),
            PersonRow(other.Uscc, name: "孙七"),
            PersonRow(own.Uscc.ToLowerInvariant(), idNumber.ToLowerInvariant(), "赵六"),
        };

        var client = EnterpriseCaller(own.Id);
        var batch = await ImportAsync(client, Xlsx(PersonHeaders, rows), "人员.xlsx", ImportKind.People, ImportMode.ValidRowsOnly);

        batch.ImportedRows.ShouldBe(2);
        var errors = await ErrorsAsync(client, batch.Id);
        errors.Select(e => (e.RowNumber, e.Column)).ShouldBe([(4, "企业统一社会信用代码"), (5, "证件号码")]);
        errors[0].Message.ShouldContain("本企业");
        errors[1].Message.ShouldContain("第 3 行");
        var people = (await Municipal().GetFromJsonAsync<PagedResult<PersonDto>>($"/api/registry/people?enterpriseId={own.Id}", Json.Options))!.Items;
        people.Select(p => p.Name).Order().ShouldBe(["王五", "赵六"]);
        people.ShouldAllBe(p => p.IdNumberMasked.Contains('*'));
        (await Municipal().GetFromJsonAsync<PagedResult<PersonDto>>($"/api/registry/people?enterpriseId={other.Id}", Json.Options))!.TotalCount.ShouldBe(0);
    }

    [Fact]
    public async Task A_regulators_people_file_needs_the_enterprise_column_and_a_person_already_recorded_is_a_row_error()
    {
        var enterprise = await _api.RegisterEnterpriseAsync();
        var recorded = RegistryApi.NewResidentId();
        await _api.CreatePersonAsync(enterprise.Id, RegistryApi.NewPerson(enterprise.Id, recorded));

        var withoutColumn = await ImportAsync(
            Municipal(), Csv(PersonHeaders[1..], [PersonRow(enterprise.Uscc)[1..]]), "人员.csv", ImportKind.People);
        var duplicate = await ImportAsync(Municipal(), Csv(PersonHeaders, [PersonRow(enterprise.Uscc, recorded), PersonRow(enterprise.Uscc)]), "人员.csv", ImportKind.People);

        withoutColumn.Status.ShouldBe(ImportStatus.Rejected);
        (await ErrorsAsync(Municipal(), withoutColumn.Id)).ShouldHaveSingleItem().Column.ShouldBe("企业统一社会信用代码");
        duplicate.Status.ShouldBe(ImportStatus.Rejected);
        var error = (await ErrorsAsync(Municipal(), duplicate.Id)).ShouldHaveSingleItem();
        (error.RowNumber, error.Column).ShouldBe((2, "证件号码"));
        error.Message.ShouldContain("张三丰");
    }

    [Fact]
    public async Task An_unknown_header_rejects_the_batch_naming_it()
    {
        string[] headers = ["统一社会信用代码", "企业名", "所在区", "行业大类代码", "企业规模"];

        var batch = await ImportAsync(Municipal(), Csv(headers, [[IdentityApi.NewUscc(), "上海某某公司", "310115", "34", "中型"]]), "表头.csv", ImportKind.Enterprises);

        batch.Status.ShouldBe(ImportStatus.Rejected);
        batch.ImportedRows.ShouldBe(0);
        var errors = await ErrorsAsync(Municipal(), batch.Id);
        errors.Select(e => (e.RowNumber, e.Column)).ShouldBe([(1, "企业名"), (1, "企业名称")]);
        errors[0].Message.ShouldContain("“企业名”");
        errors[1].Message.ShouldContain("缺少");
    }

    [Fact]
    public async Task A_GBK_encoded_csv_is_read()
    {
        var rows = new List<string[]> { EnterpriseRow(district: "浦东"), EnterpriseRow(district: "静安区") };
        var gbk = CodePagesEncoding("GB18030");

        var batch = await ImportAsync(Municipal(), Csv(EnterpriseHeaders, rows, gbk), "gbk.csv", ImportKind.Enterprises);

        batch.Status.ShouldBe(ImportStatus.Completed, batch.Message);
        batch.ImportedRows.ShouldBe(2);
        var stored = (await Municipal().GetFromJsonAsync<PagedResult<EnterpriseDto>>($"/api/registry/enterprises?search={rows[1][0]}", Json.Options))!.Items.ShouldHaveSingleItem();
        stored.Name.ShouldBe(rows[1][1]);
        stored.DistrictCode.ShouldBe("310106");
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public async Task The_templates_have_the_Chinese_headers(string format)
    {
        var response = await Municipal().GetAsync($"/api/registry/imports/templates/People?format={format}");
        var ui = await Municipal().GetAsync($"/registry/imports/templates/Enterprises?format={format}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        ui.StatusCode.ShouldBe(HttpStatusCode.OK);
        var people = Headers(await response.Content.ReadAsByteArrayAsync(), format);
        var enterprises = Headers(await ui.Content.ReadAsByteArrayAsync(), format);
        people.ShouldBe(PersonHeaders);
        enterprises.ShouldBe(EnterpriseHeaders);
        response.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe($"人员导入模板.{format}");
    }

    [Fact]
    public async Task Errors_download_as_csv_with_Chinese_headers_and_a_byte_order_mark()
    {
        var rows = new List<string[]> { EnterpriseRow(scale: "超大型") };
        var batch = await ImportAsync(Municipal(), Csv(EnterpriseHeaders, rows), "错误.csv", ImportKind.Enterprises);

        var api = await Municipal().GetByteArrayAsync($"/api/registry/imports/{batch.Id}/errors.csv");
        var ui = await Municipal().GetByteArrayAsync($"/registry/imports/{batch.Id}/errors.csv");

        api.ShouldBe(ui);
        api[..3].ShouldBe(Encoding.UTF8.Preamble.ToArray());
        var lines = Encoding.UTF8.GetString(api[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe("\"行号\",\"列\",\"错误说明\"");
        lines[1].ShouldStartWith("\"2\",\"企业规模\",");
        lines[1].ShouldContain("超大型");
    }

    [Fact]
    public async Task Batches_are_seen_only_within_scope_and_uploads_need_the_right_to_register_that_kind()
    {
        var batch = await ImportAsync(District(RegistryApi.Pudong), Csv(EnterpriseHeaders, [EnterpriseRow()]), "浦东.csv", ImportKind.Enterprises);
        var noManage = _api.As("DistrictRegulator::310115", [RegistryPermissions.Imports, RegistryPermissions.PeopleManage]);

        (await District(RegistryApi.Pudong).GetAsync($"/api/registry/imports/{batch.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await District(RegistryApi.Xuhui).GetAsync($"/api/registry/imports/{batch.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await District(RegistryApi.Xuhui).GetAsync($"/api/registry/imports/{batch.Id}/errors")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var list = (await District(RegistryApi.Xuhui).GetFromJsonAsync<PagedResult<ImportBatchDto>>("/api/registry/imports?take=1000", Json.Options))!;
        list.Items.ShouldNotContain(b => b.Id == batch.Id);
        var forbidden = await noManage.PostAsync("/api/registry/imports", Form(Csv(EnterpriseHeaders, [EnterpriseRow()]), "x.csv", ImportKind.Enterprises));
        await forbidden.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("企业.xlsx", "not a workbook")]
    [InlineData("企业.xls", "统一社会信用代码,企业名称")]
    [InlineData("企业.csv", "PK\u0003\u0004 zip")]
    public async Task A_file_that_is_not_what_its_name_says_is_refused_naming_the_field(string fileName, string content)
    {
        var response = await Municipal().PostAsync("/api/registry/imports", Form(Encoding.UTF8.GetBytes(content), fileName, ImportKind.Enterprises));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest, "validation_failed", "file");
    }

    [Fact]
    public async Task A_missing_file_or_kind_is_a_bad_request_naming_it()
    {
        var noKind = new MultipartFormDataContent { { new ByteArrayContent(Csv(EnterpriseHeaders, [EnterpriseRow()])), "file", "a.csv" } };
        var noFile = new MultipartFormDataContent { { new StringContent("Enterprises"), "kind" } };

        await (await Municipal().PostAsync("/api/registry/imports", noKind)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, null, "kind");
        await (await Municipal().PostAsync("/api/registry/imports", noFile)).ShouldBeProblemAsync(HttpStatusCode.BadRequest, null, "file");
    }

    [Fact]
    public async Task The_import_page_renders_in_Chinese_with_the_kinds_the_user_may_import()
    {
        var html = await Municipal().GetStringAsync("/registry/imports");

        html.ShouldContain("批量导入");
        html.ShouldContain("/registry/imports/templates/Enterprises?format=xlsx");
        html.ShouldContain("全部正确才导入");
    }

    private async Task<int> CountEnterprisesAsync(string uscc) =>
        (await Municipal().GetFromJsonAsync<PagedResult<EnterpriseDto>>($"/api/registry/enterprises?search={uscc}", Json.Options))!.TotalCount;

    private static string[] Headers(byte[] file, string format)
    {
        if (format == "xlsx")
        {
            using var stream = new MemoryStream(file);
            return [.. MiniExcel.GetColumns(stream, useHeaderRow: true, excelType: ExcelType.XLSX)];
        }

        file[..3].ShouldBe(Encoding.UTF8.Preamble.ToArray());
        var header = Encoding.UTF8.GetString(file[3..]).Split("\r\n")[0];
        return [.. header.Split(',').Select(h => h.Trim('"'))];
    }
}
