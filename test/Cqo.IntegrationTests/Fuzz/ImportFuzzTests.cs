using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.IntegrationTests.Registry;
using Cqo.Registry.Contracts;
using Cqo.SharedKernel.Paging;
using Xunit.Abstractions;
using static Cqo.IntegrationTests.Registry.ImportFiles;

namespace Cqo.IntegrationTests.Fuzz;

/// <summary>
/// Bad import files: enterprise rows with nasty cells (formulas, injection strings, mixed scripts, a
/// 10 MB cell), written as xlsx or as CSV in five encodings, then often damaged (bytes flipped, cut
/// short, or replaced by noise). Whatever arrives: no 5xx; an accepted batch finishes; a batch that
/// is not completed stores none of its rows, an all-or-nothing batch stores all or none, and a
/// valid-rows-only batch no more than it reports; the errors download defuses formulas.
/// </summary>
[Collection(HostCollection.Name)]
public sealed partial class ImportFuzzTests(CqoApp app, ITestOutputHelper output)
{
    private const int Cases = 60;

    private readonly RegistryApi _api = new(app);

    [Fact]
    public Task Files_from_the_fixed_seed_never_get_a_server_error_nor_store_part_of_a_refused_batch() => RunAsync(ApiFuzzTests.FixedSeed);

    [Fact]
    public Task Files_from_a_random_seed_never_get_a_server_error_nor_store_part_of_a_refused_batch() => RunAsync(Random.Shared.Next());

    private async Task RunAsync(int seed)
    {
        output.WriteLine($"seed {seed}");
        var random = new Random(seed);
        var caller = _api.As("MunicipalRegulator::310000", ImporterPermissions);
        var outcomes = new SortedDictionary<string, int>();
        for (var i = 0; i < Cases; i++)
        {
            var rows = Enumerable.Range(0, random.Next(1, 6)).Select(_ => Nastier(EnterpriseRow(), random)).ToList();
            var (file, name) = Damaged(Written(rows, random), random);
            var mode = random.Next(3) == 0 ? ImportMode.ValidRowsOnly : ImportMode.AllOrNothing;

            var response = await caller.PostAsync("/api/registry/imports", Form(file, name, ImportKind.Enterprises, mode));
            var status = (int)response.StatusCode;
            status.ShouldBeLessThan(500, $"case {i} ({name}, {file.Length} bytes): {await response.Content.ReadAsStringAsync()}");
            if (response.StatusCode != HttpStatusCode.Accepted)
            {
                outcomes[$"{status}"] = outcomes.GetValueOrDefault($"{status}") + 1;
                continue;
            }

            var batch = await FinishedAsync(caller, (await response.Content.ReadFromJsonAsync<ImportBatchDto>(Json.Options))!.Id);
            outcomes[$"{batch.Status}"] = outcomes.GetValueOrDefault($"{batch.Status}") + 1;
            var stored = 0;
            foreach (var uscc in rows.Select(r => r[0]).Distinct())
            {
                stored += (await caller.GetFromJsonAsync<PagedResult<EnterpriseDto>>($"/api/registry/enterprises?search={Uri.EscapeDataString(uscc)}&take=1", Json.Options))!.TotalCount;
            }

            var context = $"case {i} ({name}, {mode}): {batch.Status} {batch.ImportedRows}/{batch.TotalRows}, {stored} stored";
            if (batch.Status != ImportStatus.Completed || mode == ImportMode.AllOrNothing && batch.ErrorRows > 0)
            {
                batch.ImportedRows.ShouldBe(0, context);
                stored.ShouldBe(0, context);
            }
            else
            {
                stored.ShouldBeLessThanOrEqualTo(batch.ImportedRows, context);
            }

            if (batch.ErrorRows > 0)
            {
                var errors = Encoding.UTF8.GetString(await caller.GetByteArrayAsync($"/api/registry/imports/{batch.Id}/errors.csv"));
                FormulaCell().IsMatch(errors).ShouldBeFalse(context);
            }
        }

        output.WriteLine(string.Join(", ", outcomes.Select(o => $"{o.Key} × {o.Value}")));
        ReliabilityLog.Record("Bad input", $"Import files, seed {seed}{(seed == ApiFuzzTests.FixedSeed ? " (fixed)" : " (random)")}", "no 5xx; no part of a refused batch stored; formulas defused", new Dictionary<string, object>
        {
            ["files"] = Cases,
            ["outcomes"] = string.Join(", ", outcomes.Select(o => $"{o.Key} × {o.Value}")),
        });
    }

    /// <summary>Some cells (never the USCC, by which the test finds what was stored) replaced by nasty text.</summary>
    private static string[] Nastier(string[] row, Random random)
    {
        for (var column = 1; column < row.Length; column++)
        {
            row[column] = random.Next(6) switch
            {
                0 => NastyValues.Strings[random.Next(NastyValues.Strings.Length)],
                1 when random.Next(30) == 0 => NastyValues.Long(random, 10 * 1024 * 1024),
                _ => row[column],
            };
        }

        return row;
    }

    private static (byte[] File, string Name) Written(List<string[]> rows, Random random) => random.Next(6) switch
    {
        0 => (Xlsx(EnterpriseHeaders, rows), "企业.xlsx"),
        1 => (Xlsx(EnterpriseHeaders, rows), "企业.xlsx"),
        2 => (Csv(EnterpriseHeaders, rows, CodePagesEncoding("GB18030")), "企业-gbk.csv"),
        3 => (Csv(EnterpriseHeaders, rows, CodePagesEncoding("big5")), "企业-big5.csv"),
        4 => (Csv(EnterpriseHeaders, rows, Encoding.Unicode), "企业-utf16.csv"),
        _ => (Csv(EnterpriseHeaders, rows), "企业.csv"),
    };

    private static (byte[] File, string Name) Damaged((byte[] File, string Name) written, Random random)
    {
        var file = written.File;
        switch (random.Next(10))
        {
            case 0:
            case 1:
                for (var flips = random.Next(1, 20); flips > 0; flips--)
                {
                    file[random.Next(file.Length)] ^= (byte)(1 << random.Next(8));
                }

                break;
            case 2:
                file = file[..random.Next(1, file.Length)];
                break;
            case 3:
                file = new byte[random.Next(1, 100_000)];
                random.NextBytes(file);
                break;
        }

        return (file, written.Name);
    }

    // A cell that starts with a formula character, not defused by a leading apostrophe.
    [GeneratedRegex("(^|,)\"[=+\\-@]", RegexOptions.Multiline)]
    private static partial Regex FormulaCell();
}
