using System.Globalization;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Cqo.Notifications.Contracts;

namespace Cqo.Notifications.Application.Sending;

/// <summary>
/// The group-chat robots' own message formats and signatures: WeCom markdown (the key in the
/// address is the credential), DingTalk markdown signed in the query string, Feishu text signed in
/// the body. Each signature is HMAC-SHA256 over "timestamp\nsecret", as the robots' documentation says.
/// </summary>
internal static class WebhookFormats
{
    public static HttpRequestMessage Build(WebhookKind kind, string url, string? secret, string subject, string body, string link, DateTimeOffset now) =>
        kind switch
        {
            WebhookKind.WeCom => Post(url, new JsonObject
            {
                ["msgtype"] = "markdown",
                ["markdown"] = new JsonObject { ["content"] = $"**{subject}**\n{body}\n[{link}]({link})" },
            }),
            WebhookKind.DingTalk => Post(SignDingTalk(url, secret, now), new JsonObject
            {
                ["msgtype"] = "markdown",
                ["markdown"] = new JsonObject { ["title"] = subject, ["text"] = $"#### {subject}\n\n{body}\n\n[{link}]({link})" },
            }),
            WebhookKind.Feishu => Post(url, SignFeishu(secret, now, new JsonObject
            {
                ["msg_type"] = "text",
                ["content"] = new JsonObject { ["text"] = $"{subject}\n{body}\n{link}" },
            })),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };

    /// <summary>DingTalk: <c>timestamp</c> in milliseconds and <c>sign</c> = Base64(HMAC(secret, "timestamp\nsecret")), URL-encoded.</summary>
    public static string SignDingTalk(string url, string? secret, DateTimeOffset now)
    {
        if (string.IsNullOrEmpty(secret))
        {
            return url;
        }

        var timestamp = now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);
        var sign = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{timestamp}\n{secret}")));
        return $"{url}{(url.Contains('?', StringComparison.Ordinal) ? '&' : '?')}timestamp={timestamp}&sign={Uri.EscapeDataString(sign)}";
    }

    /// <summary>Feishu: <c>timestamp</c> in seconds and <c>sign</c> = Base64(HMAC(key "timestamp\nsecret", empty message)).</summary>
    public static JsonObject SignFeishu(string? secret, DateTimeOffset now, JsonObject message)
    {
        if (string.IsNullOrEmpty(secret))
        {
            return message;
        }

        var timestamp = now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        message["timestamp"] = timestamp;
        message["sign"] = Convert.ToBase64String(HMACSHA256.HashData(Encoding.UTF8.GetBytes($"{timestamp}\n{secret}"), Array.Empty<byte>()));
        return message;
    }

    /// <summary>
    /// The robots answer 200 with their own error code: <c>errcode</c> (WeCom, DingTalk) or
    /// <c>code</c> / <c>StatusCode</c> (Feishu); anything but 0 is a failure.
    /// </summary>
    public static string? ErrorIn(string responseBody)
    {
        try
        {
            var json = JsonNode.Parse(responseBody) as JsonObject;
            var code = json?["errcode"] ?? json?["code"] ?? json?["StatusCode"];
            return code is null || code.GetValue<long>() == 0 ? null : Truncate(responseBody);
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException or FormatException)
        {
            return null; // not the robots' JSON: the HTTP status decides
        }
    }

    public static string Truncate(string text) => text.Length <= 300 ? text : text[..300] + "…";

    private static HttpRequestMessage Post(string url, JsonObject body) =>
        new(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
}
