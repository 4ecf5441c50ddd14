using Cqo.Notifications.Application.Inbox;
using Cqo.Notifications.Application.Log;
using Cqo.Notifications.Application.Preferences;
using Cqo.Notifications.Application.Reminders;
using Cqo.Notifications.Application.Rules;
using Cqo.Notifications.Application.Sending;
using Cqo.Notifications.Application.Webhooks;
using Cqo.Notifications.Contracts;
using Cqo.Platform.Http;
using Cqo.Platform.Security;
using Cqo.SharedKernel.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cqo.Notifications.Endpoints;

/// <summary>
/// <c>/api/notifications</c>: the caller's inbox and preferences (any account), the organisation's
/// group chat (its administrators), and the rules, dry run and delivery log (platform administrators).
/// </summary>
internal static class NotificationEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/notifications").WithTags("Notifications").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        MapInbox(api.MapGroup("/inbox"));
        MapPreferences(api);
        MapWebhook(api.MapGroup("/webhook"));
        MapRules(api.MapGroup("/rules"));
        MapDeliveries(api.MapGroup("/deliveries"));
        MapUnsubscribe(endpoints.MapGroup(UnsubscribeLinks.OneClickPath).WithTags("Public").AllowAnonymous().RequireRateLimiting(RateLimitingOptions.PublicPolicy));
    }

    /// <summary>
    /// RFC 8058: a mail client POSTs <c>List-Unsubscribe=One-Click</c> and gets 200; the confirmation
    /// page posts the same form without it and is sent back to the page. No antiforgery: the token is
    /// the credential, and a mail client has no session. A GET (a person clicking the header's
    /// address) goes to the page, which asks first.
    /// </summary>
    private static void MapUnsubscribe(RouteGroupBuilder unsubscribe)
    {
        unsubscribe.MapPost("", async (HttpRequest request, string? token, Preferences preferences, CancellationToken ct) =>
            {
                if (!await preferences.UnsubscribeAsync(token, ct))
                {
                    throw new NotFoundException("UnsubscribeToken", token ?? "");
                }

                var oneClick = request.HasFormContentType && (await request.ReadFormAsync(ct))["List-Unsubscribe"] == "One-Click";
                return oneClick
                    ? Results.Text("unsubscribed")
                    : Results.Redirect($"{UnsubscribeLinks.PagePath}?token={Uri.EscapeDataString(token!)}&done=true");
            })
            .DisableAntiforgery();
        unsubscribe.MapGet("", (string? token) => Results.Redirect($"{UnsubscribeLinks.PagePath}?token={Uri.EscapeDataString(token ?? "")}"));
    }

    private static void MapInbox(RouteGroupBuilder inbox)
    {
        inbox.MapGet("", (bool? unread, [AsParameters] PageQuery page, Inbox handler, CancellationToken ct) =>
            handler.ListAsync(unread == true, page.ToRequest(), ct));
        inbox.MapGet("/unread-count", async (Inbox handler, CancellationToken ct) => new { count = await handler.UnreadCountAsync(ct) });
        inbox.MapPost("/{id:guid}/read", async (Guid id, Inbox handler, CancellationToken ct) =>
        {
            await handler.MarkReadAsync(id, ct);
            return TypedResults.NoContent();
        });
        inbox.MapPost("/read-all", async (Inbox handler, CancellationToken ct) => new { marked = await handler.MarkAllReadAsync(ct) });
    }

    private static void MapPreferences(RouteGroupBuilder api)
    {
        api.MapGet("/preferences", (Preferences preferences, CancellationToken ct) => preferences.MineAsync(ct));
        api.MapPut("/preferences/{ruleId:guid}", async (Guid ruleId, PreferenceRequest request, Preferences preferences, CancellationToken ct) =>
        {
            await preferences.SetMineAsync(ruleId, request.OptedOut, ct);
            return TypedResults.NoContent();
        });
        api.MapGet("/organisation-preferences", (Preferences preferences, CancellationToken ct) => preferences.OrganisationAsync(ct))
            .RequirePermission(NotificationPermissions.Webhooks);
        api.MapPut("/organisation-preferences/{ruleId:guid}", async (Guid ruleId, PreferenceRequest request, Preferences preferences, CancellationToken ct) =>
            {
                await preferences.SetOrganisationAsync(ruleId, request.OptedOut, ct);
                return TypedResults.NoContent();
            })
            .RequirePermission(NotificationPermissions.Webhooks);
    }

    private static void MapWebhook(RouteGroupBuilder webhook)
    {
        webhook.MapGet("", async (WebhookSettings settings, CancellationToken ct) =>
                await settings.GetAsync(ct) is { } found ? Results.Ok(found) : Results.NoContent())
            .RequirePermission(NotificationPermissions.Webhooks);
        webhook.MapPut("", (SaveWebhookRequest request, WebhookSettings settings, CancellationToken ct) => settings.SaveAsync(request, ct))
            .RequirePermission(NotificationPermissions.Webhooks)
            .Validate<SaveWebhookRequest>()
            .ProducesProblem(StatusCodes.Status409Conflict);
        webhook.MapDelete("", async (WebhookSettings settings, CancellationToken ct) =>
            {
                await settings.DeleteAsync(ct);
                return TypedResults.NoContent();
            })
            .RequirePermission(NotificationPermissions.Webhooks);
        webhook.MapPost("/test", async (WebhookSettings settings, CancellationToken ct) =>
            {
                await settings.TestAsync(ct);
                return TypedResults.NoContent();
            })
            .RequirePermission(NotificationPermissions.Webhooks)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }

    private static void MapRules(RouteGroupBuilder rules)
    {
        rules.MapGet("", (ReminderRules handler, CancellationToken ct) => handler.ListAsync(ct))
            .RequirePermission(NotificationPermissions.Rules);
        rules.MapGet("/{id:guid}", (Guid id, ReminderRules handler, CancellationToken ct) => handler.GetAsync(id, ct))
            .RequirePermission(NotificationPermissions.Rules);
        rules.MapPut("/{id:guid}", (Guid id, SaveRuleRequest request, ReminderRules handler, CancellationToken ct) => handler.SaveAsync(id, request, ct))
            .RequirePermission(NotificationPermissions.Rules)
            .Validate<SaveRuleRequest>()
            .ProducesProblem(StatusCodes.Status409Conflict);
        rules.MapPost("/{id:guid}/run", async (Guid id, ReminderRules handler, RunReminderRule run, CancellationToken ct) =>
            {
                var rule = await handler.FindAsync(id, ct);
                return new { recorded = await run.RunAsync(rule.Id, ct) };
            })
            .RequirePermission(NotificationPermissions.Rules);
        rules.MapGet("/dry-run", (DateOnly? day, Guid? ruleId, DryRun dryRun, CancellationToken ct) => dryRun.PlanAsync(day, ruleId, ct))
            .RequirePermission(NotificationPermissions.Rules);
    }

    private static void MapDeliveries(RouteGroupBuilder deliveries)
    {
        deliveries.MapGet("", ([AsParameters] DeliverySearch search, [AsParameters] PageQuery page, DeliveryLog log, CancellationToken ct) =>
                log.ListAsync(search.ToFilter(), page.ToRequest(), ct))
            .RequirePermission(NotificationPermissions.Deliveries);
        deliveries.MapPost("/{id:guid}/resend", async (Guid id, DeliveryLog log, CancellationToken ct) =>
                TypedResults.Ok(new { id = await log.ResendAsync(id, ct) }))
            .RequirePermission(NotificationPermissions.Deliveries)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }
}

/// <summary>The channels to switch off for one rule (or, with the empty id, for all).</summary>
internal sealed record PreferenceRequest(NotificationChannel OptedOut);

/// <summary>The delivery log's query string.</summary>
internal sealed record DeliverySearch(Guid? RuleId, string? Channel, string? Status, string? Recipient, DateOnly? From, DateOnly? To)
{
    public DeliveryFilter ToFilter() => new(
        RuleId,
        EnumNames.ParseQuery<NotificationChannel>(Channel, "channel"),
        EnumNames.ParseQuery<DeliveryStatus>(Status, "status"),
        Recipient,
        From,
        To);
}
