using Cqo.Notifications.Application.Sending;
using Cqo.Notifications.Contracts;
using Cqo.Notifications.Domain;
using Cqo.Notifications.Infrastructure;
using Cqo.Platform.Persistence;
using Cqo.SharedKernel.Errors;
using Cqo.SharedKernel.Security;
using FluentValidation;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Cqo.Notifications.Application.Webhooks;

/// <summary>An organisation's group-chat robot. A secret left empty on save keeps the stored one.</summary>
internal sealed record SaveWebhookRequest(WebhookKind Kind, string Url, string? Secret, bool Enabled, Guid? ConcurrencyStamp);

internal sealed class SaveWebhookValidator : AbstractValidator<SaveWebhookRequest>
{
    /// <summary>The robots' own hosts: a webhook is never a way to make the platform call anywhere else.</summary>
    private static readonly Dictionary<WebhookKind, string[]> s_hosts = new()
    {
        [WebhookKind.WeCom] = ["qyapi.weixin.qq.com"],
        [WebhookKind.DingTalk] = ["oapi.dingtalk.com"],
        [WebhookKind.Feishu] = ["open.feishu.cn", "open.larksuite.com"],
    };

    public SaveWebhookValidator(IStringLocalizer texts, IOptions<NotificationsOptions> options)
    {
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.Url).NotEmpty().MaximumLength(NotificationLimits.AddressMaxLength)
            .Must(url => Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
            .WithMessage(_ => texts["Notifications:WebhookUrlInvalid"]);
        RuleFor(x => x.Url)
            .Must((request, url) => Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps
                && s_hosts.TryGetValue(request.Kind, out var hosts) && hosts.Contains(uri.Host, StringComparer.OrdinalIgnoreCase))
            .When(_ => options.Value.RestrictWebhookHosts)
            .WithMessage(request => texts["Notifications:WebhookHostNotAllowed", string.Join(", ", s_hosts.GetValueOrDefault(request.Kind) ?? [])]);
        RuleFor(x => x.Secret).MaximumLength(NotificationLimits.SecretMaxLength);
    }
}

internal sealed class WebhookSettings(NotificationsDbContext db, ICurrentUser user, IDataProtectionProvider protection, WebhookSender sender, TimeProvider clock)
{
    private readonly IDataProtector _secrets = protection.CreateProtector(WebhookSecrets.Purpose);

    public async Task<WebhookDto?> GetAsync(CancellationToken cancellationToken) =>
        await db.Webhooks.AsNoTracking().Where(w => w.Id == user.OrganisationId())
            .Select(w => new WebhookDto(w.Kind, w.Url, w.ProtectedSecret != null, w.Enabled, w.ConcurrencyStamp)).FirstOrDefaultAsync(cancellationToken);

    public async Task<WebhookDto> SaveAsync(SaveWebhookRequest request, CancellationToken cancellationToken)
    {
        var organisation = user.OrganisationId();
        var secret = string.IsNullOrWhiteSpace(request.Secret) ? null : _secrets.Protect(request.Secret.Trim());
        var webhook = await db.Webhooks.FirstOrDefaultAsync(w => w.Id == organisation, cancellationToken);
        if (webhook is null)
        {
            webhook = new Webhook(organisation, request.Kind, request.Url.Trim(), secret) { Enabled = request.Enabled };
            db.Webhooks.Add(webhook);
        }
        else
        {
            db.ExpectConcurrencyStamp(webhook, request.ConcurrencyStamp ?? Guid.Empty);
            webhook.Kind = request.Kind;
            webhook.Url = request.Url.Trim();
            webhook.ProtectedSecret = secret ?? webhook.ProtectedSecret;
            webhook.Enabled = request.Enabled;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            throw new ConflictException(ErrorCodes.ConcurrencyConflict, new ErrorMessage("Error:ConcurrencyDetail"));
        }

        return new WebhookDto(webhook.Kind, webhook.Url, webhook.ProtectedSecret != null, webhook.Enabled, webhook.ConcurrencyStamp);
    }

    public async Task DeleteAsync(CancellationToken cancellationToken)
    {
        var organisation = user.OrganisationId();
        await db.Webhooks.Where(w => w.Id == organisation).ExecuteDeleteAsync(cancellationToken);
    }

    /// <summary>Posts a test message now, so an administrator sees at once whether the robot takes it; the robot's error is the answer.</summary>
    public async Task TestAsync(CancellationToken cancellationToken)
    {
        var organisation = user.OrganisationId();
        var webhook = await db.Webhooks.AsNoTracking().FirstOrDefaultAsync(w => w.Id == organisation, cancellationToken)
            ?? throw new NotFoundException("Webhook", organisation);
        try
        {
            await sender.SendAsync(webhook, "测试消息 / Test message", $"首席质量官平台的提醒会发到这里。/ Reminders of the CQO platform will arrive here. ({clock.GetUtcNow():u})", "", cancellationToken);
        }
        catch (DeliveryFailure failure)
        {
            throw new BusinessRuleException("notifications.webhook_failed", new ErrorMessage("Notifications:WebhookFailed", failure.Message));
        }
    }
}
