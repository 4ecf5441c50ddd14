using System.Text.Json.Nodes;
using Cqo.Notifications.Application.Sending;
using Cqo.Notifications.Contracts;

namespace Cqo.UnitTests.Notifications;

/// <summary>The robots' signatures against the examples their documentation gives the algorithm for.</summary>
public sealed class WebhookFormatTests
{
    private static readonly DateTimeOffset s_now = DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_123);

    [Fact]
    public void DingTalk_signs_milliseconds_and_secret_and_url_encodes_the_signature()
    {
        var url = WebhookFormats.SignDingTalk("https://oapi.dingtalk.com/robot/send?access_token=t", "SECabc", s_now);
        url.ShouldStartWith("https://oapi.dingtalk.com/robot/send?access_token=t&timestamp=1700000000123&sign=");
        var sign = Uri.UnescapeDataString(url[(url.IndexOf("sign=", StringComparison.Ordinal) + 5)..]);
        sign.ShouldBe(Convert.ToBase64String(System.Security.Cryptography.HMACSHA256.HashData("SECabc"u8.ToArray(), "1700000000123\nSECabc"u8.ToArray())));
        WebhookFormats.SignDingTalk("https://oapi.dingtalk.com/robot/send?access_token=t", null, s_now).ShouldNotContain("sign=");
    }

    [Fact]
    public void Feishu_signs_seconds_with_the_secret_as_part_of_the_key_and_puts_it_in_the_body()
    {
        var body = WebhookFormats.SignFeishu("s3cret", s_now, new JsonObject { ["msg_type"] = "text" });
        body["timestamp"]!.GetValue<string>().ShouldBe("1700000000");
        body["sign"]!.GetValue<string>().ShouldBe(Convert.ToBase64String(
            System.Security.Cryptography.HMACSHA256.HashData("1700000000\ns3cret"u8.ToArray(), Array.Empty<byte>())));
    }

    [Fact]
    public async Task Each_robot_gets_its_own_message_shape()
    {
        using var weCom = WebhookFormats.Build(WebhookKind.WeCom, "https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k", null, "标题", "正文", "https://x/y", s_now);
        (await weCom.Content!.ReadAsStringAsync()).ShouldContain("\"msgtype\":\"markdown\"");
        using var feishu = WebhookFormats.Build(WebhookKind.Feishu, "https://open.feishu.cn/open-apis/bot/v2/hook/h", null, "标题", "正文", "https://x/y", s_now);
        JsonNode.Parse(await feishu.Content!.ReadAsStringAsync())!["content"]!["text"]!.GetValue<string>().ShouldBe("标题\n正文\nhttps://x/y");
    }

    [Theory]
    [InlineData("""{"errcode":0,"errmsg":"ok"}""", false)]
    [InlineData("""{"code":0,"msg":"success"}""", false)]
    [InlineData("""{"StatusCode":0}""", false)]
    [InlineData("""{"errcode":310000,"errmsg":"sign not match"}""", true)]
    [InlineData("""{"code":19021,"msg":"sign match fail"}""", true)]
    [InlineData("not json", false)]
    public void A_robot_error_code_is_read_from_a_200_answer(string answer, bool failed) =>
        (WebhookFormats.ErrorIn(answer) is not null).ShouldBe(failed);
}
