using Cqo.Notifications.Contracts;
using Cqo.SharedKernel.Domain;

namespace Cqo.Notifications.Domain;

/// <summary>
/// An organisation's group-chat robot (WeCom, DingTalk or Feishu), which receives the reminders
/// addressed to the organisation. The signing secret is stored protected, never in clear. Its
/// id is the organisation's, and it is only ever read for the caller's own organisation or by the dispatcher.
/// </summary>
internal sealed class Webhook : AggregateRoot
{
    public Webhook(Guid organisationId, WebhookKind kind, string url, string? protectedSecret) : base(organisationId)
    {
        Kind = kind;
        Url = url;
        ProtectedSecret = protectedSecret;
    }

    private Webhook() { }

    public WebhookKind Kind { get; set; }

    public string Url { get; set; } = "";

    public string? ProtectedSecret { get; set; }

    public bool Enabled { get; set; } = true;
}
