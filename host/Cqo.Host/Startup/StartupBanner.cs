using Cqo.Identity.Infrastructure.Seeding;
using Cqo.Platform.Persistence;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Cqo.Host.Startup;

internal static class StartupBanner
{
    /// <summary>Tells the person who typed <c>dotnet run</c> where to go and how to sign in.</summary>
    public static void PrintBannerOnStart(this WebApplication app) =>
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var database = app.Services.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            // Development shows its well-known password; elsewhere it is a secret of the deployment.
            var adminPassword = app.Environment.IsDevelopment() ? app.Configuration["Identity:AdminPassword"] : "see Identity:AdminPassword";
            Console.WriteLine($"""

                企业首席质量官登记与培训平台 / CQO Platform
                  网址 URL:            {string.Join(", ", addresses)}
                  API 文档 reference:  {addresses.FirstOrDefault()}/scalar
                  数据库 database:      {database.Provider} {(database.Provider == DatabaseProvider.Sqlite ? database.ConnectionString : "")}
                  管理员 administrator: {IdentitySeeder.AdminUserName} / {adminPassword}
                  演示账号 demo accounts: {(database.SeedDemoData ? $"{string.Join(", ", DemoAccounts.All.Select(a => a.UserName))} / {DemoAccounts.Password}" : "off (Database:SeedDemoData = false)")}
                  登录 sign in:         {addresses.FirstOrDefault()}/account/login

                """);
        });
}
