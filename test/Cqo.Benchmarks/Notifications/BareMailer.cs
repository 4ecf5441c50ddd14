using System.Diagnostics;
using System.Security.Cryptography;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.AspNetCore.WebUtilities;
using MimeKit;
using Npgsql;

namespace Cqo.Benchmarks.Notifications;

/// <summary>One e-mail delivery as the host stored it.</summary>
internal sealed record MailRow(Guid Id, Guid RuleId, Guid? RecipientUserId, string RecipientName, string Address, string Culture, string Subject, string Body);

/// <summary>
/// The delivery baseline: a bare MailKit loop in the benchmark's process sending the host's e-mails, one after
/// another over one connection, to the same sink. Each message is composed as <c>EmailSender</c> composes it
/// (the same sender, recipient, subject and body, the one-click unsubscribe headers and the footer), except that
/// the unsubscribe token is random bytes of the length the host's data-protection token has, not a protected one.
/// </summary>
internal static class BareMailer
{
    private const string FromName = "首席质量官平台";
    private const string FromAddress = "noreply@cqo.example.cn";
    private const string BaseUrl = "http://localhost:5080";

    /// <summary>Bytes of a protected (user, rule) token: magic header and key id, key modifier, IV, 65 bytes of plaintext padded to 80, HMAC-SHA256.</summary>
    private const int TokenBytes = 4 + 16 + 16 + 16 + 80 + 32;

    public static async Task<List<MailRow>> LoadAsync(NpgsqlDataSource database, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand(
            $"""
            SELECT "Id", "RuleId", "RecipientUserId", "RecipientName", "Address", "Culture", "Subject", "Body"
            FROM notifications."Deliveries" WHERE "Channel" = 'Email' AND "Address" IS NOT NULL AND "RuleId" <> '{RawReminders.HistoryRuleId}'
            ORDER BY "Id"
            """);
        var rows = new List<MailRow>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new MailRow(
                reader.GetGuid(0), reader.GetGuid(1), reader.IsDBNull(2) ? null : reader.GetGuid(2), reader.GetString(3), reader.GetString(4),
                reader.GetString(5), reader.GetString(6), reader.GetString(7)));
        }

        return rows;
    }

    /// <summary>Connects, sends every row's message, says goodbye; the whole of it timed.</summary>
    public static async Task<TimeSpan> SendAsync(int port, IReadOnlyList<MailRow> rows, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        using var client = new SmtpClient { Timeout = 30_000 };
        await client.ConnectAsync("127.0.0.1", port, SecureSocketOptions.None, cancellationToken);
        foreach (var row in rows)
        {
            using var message = Compose(row);
            await client.SendAsync(message, cancellationToken);
        }

        await client.DisconnectAsync(quit: true, cancellationToken);
        return watch.Elapsed;
    }

    /// <summary>The mean size on the wire of the rows' messages, in bytes.</summary>
    public static double MeanBytes(IReadOnlyList<MailRow> rows) => rows.Average(row =>
    {
        using var message = Compose(row);
        using var stream = new MemoryStream();
        message.WriteTo(stream);
        return stream.Length;
    });

    private static MimeMessage Compose(MailRow row)
    {
        var message = new MimeMessage
        {
            Subject = row.Subject,
            Date = DateTimeOffset.UtcNow,
            MessageId = $"{row.Id:N}@{FromAddress.Split('@').Last()}",
        };
        message.From.Add(new MailboxAddress(FromName, FromAddress));
        message.To.Add(new MailboxAddress(row.RecipientName, row.Address));
        var text = row.Body;
        if (row.RecipientUserId is not null)
        {
            var token = WebEncoders.Base64UrlEncode(RandomNumberGenerator.GetBytes(TokenBytes));
            message.Headers.Add("List-Unsubscribe", $"<{BaseUrl}/api/public/notifications/unsubscribe?token={token}>");
            message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            text += "\n\n--\n" + (row.Culture == "en" ? "Stop these reminders: " : "退订此类提醒：") + $"{BaseUrl}/unsubscribe?token={token}";
        }

        message.Body = new BodyBuilder { TextBody = text }.ToMessageBody();
        return message;
    }
}
