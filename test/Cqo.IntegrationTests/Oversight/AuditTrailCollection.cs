using Cqo.IntegrationTests.Infrastructure;
using Cqo.Oversight.Application.Exports;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.IntegrationTests.Oversight;

/// <summary>
/// A host of its own for the audit trail and exports: exports go to the background above 40 rows, the
/// trail is kept 30 days and sealed in small batches, so tests reach each path with little data. The
/// chain tests tamper with sealed records (and put them back), which no other collection may see.
/// </summary>
[CollectionDefinition(Name)]
public sealed class AuditTrailCollection : ICollectionFixture<AuditTrailFixture>
{
    public const string Name = "audit-trail";
}

public sealed class AuditTrailFixture : IAsyncLifetime
{
    public const int BackgroundThreshold = 40;

    public CqoApp App { get; } = new(new Dictionary<string, string>
    {
        ["Oversight:Exports:BackgroundThreshold"] = BackgroundThreshold.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Auditing:RetentionDays"] = "30",
        ["Auditing:SealBatchSize"] = "50",
        ["Auditing:VerifyBatchSize"] = "64",
        ["Auditing:PruneBatchSize"] = "100",
    }, services =>
    {
        services.AddSingleton<ExportGate>();
        services.AddScoped<IExportSource, GatedExportSource>();
    });

    public Task InitializeAsync() => App.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)App).DisposeAsync();
}
