using Cqo.Certification.Application;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Cqo.Certification.Endpoints;

internal static class PublicBaseUrl
{
    /// <summary>The configured public address, else this request's scheme and host.</summary>
    public static string Of(HttpContext context) =>
        context.RequestServices.GetRequiredService<IOptions<CertificationOptions>>().Value.BaseUrlOr($"{context.Request.Scheme}://{context.Request.Host}");
}
