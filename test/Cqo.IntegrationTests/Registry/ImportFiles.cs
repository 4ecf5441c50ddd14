using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Cqo.IntegrationTests.Identity;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.Registry.Contracts;
using Cqo.SharedKernel.Paging;
using MiniExcelLibs;

namespace Cqo.IntegrationTests.Registry;

/// <summary>Import files built in memory, uploads, and waiting for the background job to finish a batch.</summary>
internal static class ImportFiles
{
    /// <summary>What a regulator (or an enterprise, within its own) needs to import enterprises and people.</summary>
    public static readonly string[] ImporterPermissions =
    [
        RegistryPermissions.Imports, RegistryPermissions.Enterprises, RegistryPermissions.EnterprisesManage,
        RegistryPermissions.People, RegistryPermissions.PeopleManage,
    ];

    public static readonly string[] EnterpriseHeaders =
        ["统一社会信用代码", "企业名称", "注册地址", "所在区", "监管单位代码", "行业大类代码", "企业规模", "规模以上", "专精特新", "历史代码登记理由"];

    public static readonly string[] PersonHeaders =
        ["企业统一社会信用代码", "姓名", "证件类型", "证件号码", "学历", "专业", "职称", "质量工程师等级", "质量工作年限", "手机", "电子邮箱"];

    public static string[] EnterpriseRow(string? uscc = null, string district = "浦东新区", string scale = "中型") =>
        [uscc ?? IdentityApi.NewUscc(), $"上海导入测试企业{Guid.NewGuid().ToString("N")[..8]}有限公司", "上海市浦东新区世纪大道 100 号", district, "", "34", scale, "是", "否", ""];

    public static string[] PersonRow(string enterpriseUscc, string? idNumber = null, string name = "李四") =>
        [enterpriseUscc, name, "居民身份证", idNumber ?? RegistryApi.NewResidentId(), "本科", "质量工程", "中级", "初级", "6", "13900000000", "lisi@example.cn"];

    public static byte[] Csv(string[] headers, IEnumerable<string[]> rows, Encoding? encoding = null)
    {
        var text = new StringBuilder();
        foreach (var line in rows.Prepend(headers))
        {
            text.AppendJoin(',', line.Select(c => c.Contains(',') || c.Contains('"') ? $"\"{c.Replace("\"", "\"\"")}\"" : c)).Append("\r\n");
        }

        encoding ??= new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(text.ToString())];
    }

    public static byte[] Xlsx(string[] headers, IEnumerable<string[]> rows)
    {
        var sheet = rows.Select(row => headers.Select((h, i) => (h, v: (object?)row[i])).ToDictionary(p => p.h, p => p.v)).ToList();
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, sheet);
        return stream.ToArray();
    }

    /// <summary>A legacy code page (GB18030, Big5, Shift-JIS), as files from older office software come.</summary>
    public static Encoding CodePagesEncoding(string name)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(name);
    }

    public static MultipartFormDataContent Form(byte[] content, string fileName, ImportKind kind, ImportMode mode = ImportMode.AllOrNothing)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { file, "file", fileName }, { new StringContent(kind.ToString()), "kind" }, { new StringContent(mode.ToString()), "mode" } };
    }

    /// <summary>Uploads the file and waits until its batch is finished.</summary>
    public static async Task<ImportBatchDto> ImportAsync(HttpClient client, byte[] content, string fileName, ImportKind kind, ImportMode mode = ImportMode.AllOrNothing)
    {
        var response = await client.PostAsync("/api/registry/imports", Form(content, fileName, kind, mode));
        response.StatusCode.ShouldBe(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        var batch = (await response.Content.ReadFromJsonAsync<ImportBatchDto>(Json.Options))!;
        response.Headers.Location!.ToString().ShouldBe($"/api/registry/imports/{batch.Id}");
        return await FinishedAsync(client, batch.Id);
    }

    public static async Task<ImportBatchDto> FinishedAsync(HttpClient client, Guid batchId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var batch = (await client.GetFromJsonAsync<ImportBatchDto>($"/api/registry/imports/{batchId}", Json.Options))!;
            if (batch.Status is ImportStatus.Completed or ImportStatus.Rejected or ImportStatus.Failed)
            {
                return batch;
            }

            DateTime.UtcNow.ShouldBeLessThan(deadline, $"batch {batchId} still {batch.Status}");
            await Task.Delay(100);
        }
    }

    public static async Task<IReadOnlyList<ImportRowErrorDto>> ErrorsAsync(HttpClient client, Guid batchId) =>
        (await client.GetFromJsonAsync<PagedResult<ImportRowErrorDto>>($"/api/registry/imports/{batchId}/errors?take=1000", Json.Options))!.Items;
}
