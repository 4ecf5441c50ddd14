using Cqo.SharedKernel.Jobs;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.Platform.Modules;

public static class RecurringJobServiceCollectionExtensions
{
    /// <summary>Declares a recurring job; the host schedules every declared job under its stable id.</summary>
    public static IServiceCollection AddRecurringJob<TJob>(this IServiceCollection services, string id, string cron)
        where TJob : class, IRecurringJob
    {
        services.AddScoped<TJob>();
        services.AddSingleton(new RecurringJobDefinition(id, typeof(TJob), cron));
        return services;
    }
}
