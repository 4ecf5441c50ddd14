using Cqo.Identity.Application.PruneTokens;
using Cqo.Identity.Jobs;
using Cqo.IntegrationTests.Infrastructure;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.Abstractions;

namespace Cqo.IntegrationTests.Identity;

[Collection(HostCollection.Name)]
public sealed class PruneTokensTests(CqoApp app)
{
    [Fact]
    public async Task The_daily_job_removes_tokens_that_expired_long_ago_and_keeps_live_ones()
    {
        using (var connection = app.Services.GetRequiredService<JobStorage>().GetConnection())
        {
            connection.GetRecurringJobs().ShouldContain(j => j.Id == PruneTokensJob.Id && j.Cron == PruneTokensJob.Cron);
        }

        await using var scope = app.Services.CreateAsyncScope();
        var tokens = scope.ServiceProvider.GetRequiredService<IOpenIddictTokenManager>();
        var now = app.Clock.GetUtcNow();
        var old = await tokens.CreateAsync(Token(now.AddDays(-10), now.AddDays(-3)));
        var live = await tokens.CreateAsync(Token(now.AddMinutes(-5), now.AddDays(1)));

        await scope.ServiceProvider.GetRequiredService<PruneTokensHandler>().HandleAsync(CancellationToken.None);

        // Pruning deletes in bulk; a fresh unit of work sees the result.
        await using var after = app.Services.CreateAsyncScope();
        var remaining = after.ServiceProvider.GetRequiredService<IOpenIddictTokenManager>();
        (await remaining.FindByIdAsync((await tokens.GetIdAsync(old))!)).ShouldBeNull();
        (await remaining.FindByIdAsync((await tokens.GetIdAsync(live))!)).ShouldNotBeNull();
    }

    private static OpenIddictTokenDescriptor Token(DateTimeOffset created, DateTimeOffset expires) => new()
    {
        CreationDate = created,
        ExpirationDate = expires,
        Status = OpenIddictConstants.Statuses.Valid,
        Subject = Guid.NewGuid().ToString(),
        Type = OpenIddictConstants.TokenTypeHints.RefreshToken,
    };
}
