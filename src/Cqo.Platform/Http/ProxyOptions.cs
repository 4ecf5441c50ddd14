namespace Cqo.Platform.Http;

/// <summary>
/// The <c>Proxies</c> section: the load balancers whose X-Forwarded-For/-Proto headers are believed,
/// so rate limits and audits see the caller's address, not the proxy's. Loopback is always trusted.
/// </summary>
public sealed class ProxyOptions
{
    public const string Section = "Proxies";

    /// <summary>Addresses, e.g. <c>10.0.0.5</c>.</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Networks in CIDR notation, e.g. <c>10.0.0.0/8</c>.</summary>
    public string[] KnownNetworks { get; set; } = [];
}
