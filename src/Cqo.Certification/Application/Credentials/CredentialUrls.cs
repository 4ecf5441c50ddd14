namespace Cqo.Certification.Application.Credentials;

/// <summary>
/// The addresses a credential names, all under the platform's public base URL: a verifier follows
/// them, so they are the routes the host must serve.
/// </summary>
internal static class CredentialUrls
{
    /// <summary>The issuer's id: <c>iss</c> and <c>issuer.id</c> of every credential and status list.</summary>
    public static string Issuer(string baseUrl) => $"{Root(baseUrl)}/issuer";

    /// <summary>The public verification page of one certificate.</summary>
    public static string Verify(string baseUrl, string number) => $"{Root(baseUrl)}/verify/{Uri.EscapeDataString(number)}";

    /// <summary>The status-list credential for a purpose.</summary>
    public static string StatusList(string baseUrl, CredentialStatusPurpose purpose) =>
        $"{Root(baseUrl)}/api/public/credentials/status/{purpose.ToWireName()}";

    /// <summary>
    /// The base URL without a trailing slash. Only an absolute http(s) URL will do: a relative one
    /// would make every id in a signed credential meaningless.
    /// </summary>
    private static string Root(string baseUrl)
    {
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException($"'{baseUrl}' is not an absolute http(s) URL.", nameof(baseUrl));
        }

        return baseUrl.TrimEnd('/');
    }
}
