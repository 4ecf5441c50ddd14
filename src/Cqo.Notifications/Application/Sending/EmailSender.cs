using System.Net.Sockets;
using Cqo.Notifications.Contracts;
using Cqo.Notifications.Domain;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using Microsoft.Extensions.Options;

namespace Cqo.Notifications.Application.Sending;

/// <summary>
/// Sends a dispatch run's e-mails over one SMTP connection, opened on the first mail and reused.
/// When the server cannot be reached, the rest of the run's mails fail at once with the same
/// error instead of each waiting for its own time-out.
/// </summary>
internal sealed class EmailSender(IOptions<NotificationsOptions> options, UnsubscribeLinks unsubscribe, TimeProvider clock) : IAsyncDisposable
{
    private readonly SmtpOptions _smtp = options.Value.Smtp;
    private SmtpClient? _client;
    private DeliveryFailure? _unreachable;

    public bool Configured => !string.IsNullOrWhiteSpace(_smtp.Host);

    public async Task SendAsync(Delivery delivery, ReminderAttachment? attachment, CancellationToken cancellationToken)
    {
        var message = Compose(delivery, attachment);
        var client = await ConnectedAsync(cancellationToken);
        try
        {
            await client.SendAsync(message, cancellationToken);
        }
        catch (SmtpCommandException e)
        {
            // 5xx is the server's final word on this mail (unknown mailbox, refused content); 4xx asks to try later.
            throw new DeliveryFailure($"SMTP {(int)e.StatusCode} {e.ErrorCode}: {e.Message}", permanent: (int)e.StatusCode >= 500, e);
        }
        catch (Exception e) when (e is SmtpProtocolException or IOException or SocketException or ServiceNotConnectedException)
        {
            Drop();
            throw new DeliveryFailure($"SMTP connection lost: {e.Message}", permanent: false, e);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_client is { IsConnected: true })
        {
            try
            {
                await _client.DisconnectAsync(quit: true);
            }
            catch (Exception e) when (e is SmtpProtocolException or IOException or SocketException)
            {
                // The mails are sent; a failed goodbye changes nothing.
            }
        }

        _client?.Dispose();
    }

    private async Task<SmtpClient> ConnectedAsync(CancellationToken cancellationToken)
    {
        if (_unreachable is not null)
        {
            throw _unreachable;
        }

        if (_client is { IsConnected: true })
        {
            return _client;
        }

        _client ??= new SmtpClient { Timeout = _smtp.TimeoutSeconds * 1000 };
        try
        {
            await _client.ConnectAsync(_smtp.Host!, _smtp.Port, _smtp.Security, cancellationToken);
            if (!string.IsNullOrEmpty(_smtp.UserName))
            {
                await _client.AuthenticateAsync(_smtp.UserName, _smtp.Password ?? "", cancellationToken);
            }
        }
        catch (Exception e) when (e is SocketException or IOException or SmtpProtocolException or SmtpCommandException or AuthenticationException or SslHandshakeException)
        {
            _unreachable = new DeliveryFailure($"SMTP server {_smtp.Host}:{_smtp.Port} not reachable: {e.Message}", permanent: false, e);
            throw _unreachable;
        }

        return _client;
    }

    /// <summary>Forgets a broken connection; the next mail opens a new one.</summary>
    private void Drop()
    {
        _client?.Dispose();
        _client = null;
    }

    private MimeMessage Compose(Delivery delivery, ReminderAttachment? attachment)
    {
        var message = new MimeMessage
        {
            Subject = delivery.Subject,
            Date = clock.GetUtcNow(),
            // Stable per delivery: should a crash make a mail go twice, receivers can tell it is one.
            MessageId = $"{delivery.Id:N}@{_smtp.FromAddress.Split('@').Last()}",
        };
        message.From.Add(new MailboxAddress(_smtp.FromName, _smtp.FromAddress));
        message.To.Add(new MailboxAddress(delivery.RecipientName, delivery.Address ?? throw new DeliveryFailure("no e-mail address", permanent: true)));
        var text = delivery.Body;
        if (delivery.RecipientUserId is { } user)
        {
            var (page, oneClick) = unsubscribe.LinksFor(user, delivery.RuleId);
            // RFC 8058: a mail client may unsubscribe with one POST to this address, no page, no sign-in.
            message.Headers.Add("List-Unsubscribe", $"<{oneClick}>");
            message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            text += "\n\n--\n" + (delivery.Culture == "en" ? "Stop these reminders: " : "退订此类提醒：") + page;
        }

        var body = new BodyBuilder { TextBody = text };
        if (attachment is not null)
        {
            body.Attachments.Add(attachment.FileName, attachment.Content, ContentType.Parse(attachment.ContentType));
        }

        message.Body = body.ToMessageBody();
        return message;
    }
}
