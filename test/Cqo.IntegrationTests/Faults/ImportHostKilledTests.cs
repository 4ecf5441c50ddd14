using System.Net;
using System.Net.Http.Json;
using Cqo.IntegrationTests.Infrastructure;
using Cqo.IntegrationTests.Registry;
using Cqo.Registry.Application.Imports;
using Cqo.Registry.Contracts;
using Cqo.Registry.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;
using static Cqo.IntegrationTests.Registry.ImportFiles;

namespace Cqo.IntegrationTests.Faults;

/// <summary>
/// The host process running an all-or-nothing import is killed while it inserts the rows. None of the
/// file's enterprises is stored; the sweep later marks the batch failed; the same file uploaded again to
/// another host stores every row once.
/// </summary>
public sealed class ImportHostKilledTests(ITestOutputHelper output)
{
    private const int Rows = 20_000;

    [PostgreSqlFact]
    public async Task A_host_killed_while_importing_stores_none_of_the_batch_and_the_file_imports_whole_afterwards()
    {
        await using var arranger = new CqoApp(new Dictionary<string, string> { ["Jobs:Server"] = "false" });
        await arranger.InitializeAsync();
        var secret = await ChildHosts.MunicipalClientAsync(arranger,
            RegistryPermissions.Imports, RegistryPermissions.Enterprises, RegistryPermissions.EnterprisesManage);
        var rows = Enumerable.Range(0, Rows).Select(_ => EnterpriseRow()).ToList();
        var file = Csv(EnterpriseHeaders, rows);
        var usccs = rows.Select(r => r[0]).ToList();
        var watcher = new RegistryApi(arranger).As("MunicipalRegulator::310000", [RegistryPermissions.Imports]);

        ImportBatchDto killed;
        var first = await HostProcess.StartAsync(ChildHosts.Settings(arranger, jobs: true));
        try
        {
            var importer = await ChildHosts.BearerClientAsync(first, secret);
            var response = await importer.PostAsync("/api/registry/imports", Form(file, "企业.csv", ImportKind.Enterprises));
            response.StatusCode.ShouldBe(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
            var batchId = (await response.Content.ReadFromJsonAsync<ImportBatchDto>(Json.Options))!.Id;
            killed = await InsertingAsync(watcher, batchId);
        }
        finally
        {
            await first.DisposeAsync(); // kills the process mid-transaction
        }

        output.WriteLine($"killed while importing: {killed.ImportedRows} of {killed.TotalRows} rows inserted, uncommitted");
        (await StoredAsync(arranger, usccs)).ShouldBe(0, "rows of an unfinished all-or-nothing batch");

        // Two hours on, the sweep finds the batch abandoned.
        arranger.Clock.SetUtcNow(DateTimeOffset.UtcNow + SweepImportsHandler.RunningFor + TimeSpan.FromMinutes(1));
        await using (var scope = arranger.Services.CreateAsyncScope())
        {
            (await scope.ServiceProvider.GetRequiredService<SweepImportsHandler>().RunAsync(CancellationToken.None)).ShouldBe(1);
        }

        (await watcher.GetFromJsonAsync<ImportBatchDto>($"/api/registry/imports/{killed.Id}", Json.Options))!.Status.ShouldBe(ImportStatus.Failed);

        await using var second = await HostProcess.StartAsync(ChildHosts.Settings(arranger, jobs: true));
        var again = await ImportAsync(await ChildHosts.BearerClientAsync(second, secret), file, "企业.csv", ImportKind.Enterprises);
        again.Status.ShouldBe(ImportStatus.Completed, again.Message);
        again.ImportedRows.ShouldBe(Rows);
        (await StoredAsync(arranger, usccs)).ShouldBe(Rows);
        ReliabilityLog.Record("Faults", $"Host process killed while inserting an all-or-nothing import of {Rows:N0} rows", "none stored; batch swept as failed; the file imports whole on another host", new Dictionary<string, object>
        {
            ["rows inserted at the kill (uncommitted)"] = killed.ImportedRows,
            ["stored after the kill"] = 0,
            ["stored after the second import"] = Rows,
        });
    }

    /// <summary>Waits until the batch is inserting rows (some saved inside its transaction), as seen from another host.</summary>
    private static async Task<ImportBatchDto> InsertingAsync(HttpClient watcher, Guid batchId)
    {
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (true)
        {
            var batch = (await watcher.GetFromJsonAsync<ImportBatchDto>($"/api/registry/imports/{batchId}", Json.Options))!;
            if (batch.Status == ImportStatus.Importing && batch.ImportedRows > 0)
            {
                return batch;
            }

            batch.Status.ShouldNotBeOneOf([ImportStatus.Completed, ImportStatus.Rejected, ImportStatus.Failed], "the import ended before the kill");
            DateTime.UtcNow.ShouldBeLessThan(deadline, $"batch {batchId} still {batch.Status}");
            await Task.Delay(20);
        }
    }

    private static async Task<int> StoredAsync(CqoApp app, List<string> usccs)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RegistryDbContext>().Enterprises.IgnoreQueryFilters().CountAsync(e => usccs.Contains(e.Uscc));
    }
}
