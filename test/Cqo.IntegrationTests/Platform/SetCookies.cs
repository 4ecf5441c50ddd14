using Microsoft.Net.Http.Headers;

namespace Cqo.IntegrationTests.Platform;

/// <summary>
/// The cookies a response sets, parsed from its raw <c>Set-Cookie</c> headers: the client's cookie jar
/// keeps names and values but drops the flags these tests are about.
/// </summary>
internal static class SetCookies
{
    public static IReadOnlyList<SetCookieHeaderValue> Of(HttpResponseMessage response) =>
        response.Headers.TryGetValues(HeaderNames.SetCookie, out var headers)
            ? [.. SetCookieHeaderValue.ParseStrictList([.. headers])]
            : [];

    public static SetCookieHeaderValue Named(HttpResponseMessage response, Func<string, bool> name)
    {
        var cookies = Of(response);
        return cookies.SingleOrDefault(c => name(c.Name.ToString()))
            ?? throw new ShouldAssertException(
                $"{response.RequestMessage?.RequestUri} set no such cookie; it set: {string.Join(" | ", cookies)}");
    }

    public static SetCookieHeaderValue Named(HttpResponseMessage response, string name) =>
        Named(response, n => n == name);

    /// <summary>
    /// Unreadable by scripts, sent only over TLS, held back from cross-site requests (<paramref name="sameSite"/>)
    /// and valid on the whole site, so no page sets a second copy under its own path.
    /// </summary>
    public static void ShouldBeGuarded(this SetCookieHeaderValue cookie, SameSiteMode sameSite)
    {
        cookie.HttpOnly.ShouldBeTrue($"not HttpOnly: {cookie}");
        cookie.Secure.ShouldBeTrue($"not Secure over HTTPS: {cookie}");
        cookie.SameSite.ShouldBe(sameSite, $"SameSite: {cookie}");
        cookie.Path.ToString().ShouldBe("/", $"Path: {cookie}");
    }
}
