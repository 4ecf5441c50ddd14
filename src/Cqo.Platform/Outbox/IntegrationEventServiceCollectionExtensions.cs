using System.Text.Json;
using Cqo.SharedKernel.Events;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cqo.Platform.Outbox;

public static class IntegrationEventServiceCollectionExtensions
{
    /// <summary>
    /// Declares that <typeparamref name="THandler"/> handles <typeparamref name="TEvent"/>: the outbox
    /// dispatcher calls it, in a scope of its own, for every such event published with
    /// <c>CqoDbContext.Publish</c>. The handler must be idempotent (see <see cref="IIntegrationEventHandler{TEvent}"/>).
    /// </summary>
    public static IServiceCollection AddIntegrationEventHandler<TEvent, THandler>(this IServiceCollection services)
        where TEvent : IIntegrationEvent
        where THandler : class, IIntegrationEventHandler<TEvent>
    {
        var handlerName = typeof(THandler).FullName!;
        if (handlerName.Length > OutboxDelivery.HandlerMaxLength)
        {
            throw new ArgumentException($"A handler's full type name may have at most {OutboxDelivery.HandlerMaxLength} characters: {handlerName}.");
        }

        // Two types under one name would read each other's payloads: refuse it while the host is built.
        var clash = services.Select(d => d.IsKeyedService ? null : d.ImplementationInstance).OfType<IntegrationEventHandlerRegistration>()
            .FirstOrDefault(r => r.EventName == TEvent.EventName && r.EventType != typeof(TEvent));
        if (clash is not null)
        {
            throw new InvalidOperationException($"The integration event name '{TEvent.EventName}' is used by {clash.EventType.FullName} and {typeof(TEvent).FullName}.");
        }

        services.TryAddScoped<THandler>();
        services.AddSingleton(new IntegrationEventHandlerRegistration(
            TEvent.EventName,
            typeof(TEvent),
            handlerName,
            payload => JsonSerializer.Deserialize<TEvent>(payload, OutboxJson.Options) ?? throw new JsonException($"The payload of {TEvent.EventName} is null."),
            (scope, integrationEvent, cancellationToken) => scope.GetRequiredService<THandler>().HandleAsync((TEvent)integrationEvent, cancellationToken)));
        return services;
    }

    internal static IServiceCollection AddOutbox(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection(OutboxOptions.Section))
            .Validate(o => o.BatchSize is >= 1 and <= 1000, "Outbox:BatchSize must be between 1 and 1000.")
            .Validate(o => o.MaxAttempts >= 1, "Outbox:MaxAttempts must be at least 1.")
            .Validate(o => o.LeaseSeconds >= 10, "Outbox:LeaseSeconds must be at least 10.")
            .Validate(o => o.RetentionDays >= 1, "Outbox:RetentionDays must be at least 1.")
            .ValidateOnStart();
        services.AddSingleton<IntegrationEventHandlers>();
        services.AddScoped<OutboxDispatcher>();
        services.AddScoped<OutboxPruner>();
        return services;
    }
}
