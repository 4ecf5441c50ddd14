using System.Net;
using Cqo.Notifications.Domain;
using Microsoft.AspNetCore.DataProtection;

namespace Cqo.Notifications.Application.Sending;

/// <summary>Posts a delivery to its organisation's group chat in that robot's format.</summary>
internal sealed class WebhookSender(IHttpClientFactory http, IDataProtectionProvider protection, TimeProvider clock)
{
    public const string ClientName = "notifications-webhooks";

    private readonly IDataProtector _secrets = protection.CreateProtector(WebhookSecrets.Purpose);

    public async Task SendAsync(Webhook webhook, string subject, string body, string link, CancellationToken cancellationToken)
    {
        var secret = webhook.ProtectedSecret is null ? null : _secrets.Unprotect(webhook.ProtectedSecret);
        using var request = WebhookFormats.Build(webhook.Kind, webhook.Url, secret, subject, body, link, clock.GetUtcNow());
        HttpResponseMessage response;
        try
        {
            response = await http.CreateClient(ClientName).SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new DeliveryFailure($"webhook not reachable: {e.Message}", permanent: false, e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new DeliveryFailure("webhook timed out", permanent: false, e);
        }

        using (response)
        {
            var answer = await response.Content.ReadAsStringAsync(cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                // A 4xx other than 429 will not change by itself (a removed robot); everything else may.
                var permanent = (int)response.StatusCode is >= 400 and < 500 && response.StatusCode != HttpStatusCode.TooManyRequests;
                throw new DeliveryFailure($"webhook HTTP {(int)response.StatusCode}: {WebhookFormats.Truncate(answer)}", permanent);
            }

            if (WebhookFormats.ErrorIn(answer) is { } error)
            {
                throw new DeliveryFailure($"webhook refused: {error}", permanent: false);
            }
        }
    }
}

/// <summary>The data-protection purpose webhook secrets are stored under.</summary>
internal static class WebhookSecrets
{
    public const string Purpose = "Cqo.Notifications.WebhookSecret.v1";
}
