using System.Globalization;
using System.Text;
using Npgsql;

namespace Cqo.Benchmarks.Registry;

/// <summary>
/// Import files as an office fills in the CSV templates (<c>GET /api/registry/imports/templates/{kind}?format=csv</c>):
/// UTF-8 with a byte-order mark, the templates' Chinese headers in their order, every cell quoted as the template
/// writes it, choices in the templates' Chinese words, districts and industry divisions as codes. The rows come
/// from the generator's own fakers, continued, so every enterprise and every ID number in them is new.
/// </summary>
internal static class ImportFiles
{
    private static readonly string[] s_enterpriseHeaders =
        ["统一社会信用代码", "企业名称", "注册地址", "所在区", "监管单位代码", "行业大类代码", "企业规模", "规模以上", "专精特新", "历史代码登记理由"];

    private static readonly string[] s_personHeaders =
        ["企业统一社会信用代码", "姓名", "证件类型", "证件号码", "学历", "专业", "职称", "质量工程师等级", "质量工作年限", "手机", "电子邮箱"];

    private static readonly Dictionary<string, string> s_scales = new()
    {
        ["Large"] = "大型",
        ["Medium"] = "中型",
        ["Small"] = "小型",
        ["Micro"] = "微型",
    };

    private static readonly Dictionary<string, string> s_educations = new()
    {
        ["Secondary"] = "中专/高中",
        ["JuniorCollege"] = "大专",
        ["Bachelor"] = "本科",
        ["Master"] = "硕士研究生",
        ["Doctorate"] = "博士研究生",
    };

    private static readonly Dictionary<string, string> s_titles = new()
    {
        ["None"] = "无",
        ["Junior"] = "初级",
        ["Intermediate"] = "中级",
        ["AssociateSenior"] = "副高级",
        ["Senior"] = "正高级",
    };

    /// <summary>
    /// <paramref name="rows"/> enterprises numbered from <see cref="GeneratedData.NextSequence"/>; a code that is
    /// stored after all (a seeded demo enterprise) is dropped and replaced by a further one, as the generator does.
    /// </summary>
    public static async Task<byte[]> EnterprisesAsync(GeneratedData data, int rows, NpgsqlDataSource database, CancellationToken cancellationToken)
    {
        var chosen = new List<EnterpriseRow>(rows);
        var sequence = data.NextSequence;
        while (chosen.Count < rows)
        {
            var drawn = Enumerable.Range(0, rows - chosen.Count).Select(_ => data.Enterprises.Next(sequence++)).ToList();
            var stored = await StoredUsccsAsync(database, [.. drawn.Select(e => e.Uscc)], cancellationToken);
            chosen.AddRange(drawn.Where(e => !stored.Contains(e.Uscc)));
        }

        return Csv(s_enterpriseHeaders, chosen.Select(e => new[]
        {
            e.Uscc, e.Name, e.Address, e.District.Code, "", e.IndustryDivisionCode, s_scales[e.Scale],
            YesNo(e.AboveDesignatedSize), YesNo(e.Specialised), "",
        }));
    }

    /// <summary>
    /// <paramref name="rows"/> new people, each on the staff of one of <paramref name="enterpriseUsccs"/> (drawn at
    /// random), with resident IDs the generator never issued.
    /// </summary>
    public static byte[] People(PersonFaker faker, IReadOnlyList<string> enterpriseUsccs, int rows, Random random) =>
        Csv(s_personHeaders, Enumerable.Range(0, rows).Select(_ =>
        {
            var p = faker.NextPerson();
            return new[]
            {
                enterpriseUsccs[random.Next(enterpriseUsccs.Count)], p.Name, "居民身份证", p.IdNumber, s_educations[p.Education], p.Major,
                s_titles[p.Title], s_titles[p.QualityEngineerLevel], p.QualityYears.ToString(CultureInfo.InvariantCulture), p.Phone, p.Email ?? "",
            };
        }));

    /// <summary>
    /// Up to <paramref name="count"/> active generated enterprises (a deregistered one takes no new staff), ordered
    /// by id: ids derive from the codes by hashing, so this is a fixed sample spread over every district.
    /// </summary>
    public static async Task<IReadOnlyList<string>> ActiveUsccsAsync(NpgsqlDataSource database, int count, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand(
            """SELECT "Uscc" FROM registry."Enterprises" WHERE "Status" = 'Active' ORDER BY "Id" LIMIT $1""");
        command.Parameters.Add(new NpgsqlParameter { Value = count });
        var usccs = new List<string>(count);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            usccs.Add(reader.GetString(0));
        }

        return usccs;
    }

    private static async Task<HashSet<string>> StoredUsccsAsync(NpgsqlDataSource database, string[] usccs, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("""SELECT "Uscc" FROM registry."Enterprises" WHERE "Uscc" = ANY($1)""");
        command.Parameters.Add(new NpgsqlParameter { Value = usccs });
        var stored = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            stored.Add(reader.GetString(0));
        }

        return stored;
    }

    private static string YesNo(bool value) => value ? "是" : "否";

    private static byte[] Csv(string[] headers, IEnumerable<string[]> rows)
    {
        var text = new StringBuilder();
        foreach (var row in rows.Prepend(headers))
        {
            text.AppendJoin(',', row.Select(cell => $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"")).Append("\r\n");
        }

        return [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(text.ToString())];
    }
}
