using System.Globalization;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenIddict.Abstractions;
using OpenIddict.Server;

namespace Cqo.Identity.Infrastructure.Auth;

internal static class OpenIddictSetup
{
    public const string ApiScope = "api";

    public static void AddCqoOpenIddict(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(CqoIdentityOptions.Section).Get<CqoIdentityOptions>() ?? new CqoIdentityOptions();
        services.AddOpenIddict()
            .AddCore(o => o.UseEntityFrameworkCore().UseDbContext<IdentityStoreDbContext>().ReplaceDefaultEntities<Guid>())
            .AddServer(o =>
            {
                o.SetAuthorizationEndpointUris("connect/authorize")
                    .SetTokenEndpointUris("connect/token")
                    .SetRevocationEndpointUris("connect/revoke")
                    .SetUserInfoEndpointUris("connect/userinfo")
                    .SetEndSessionEndpointUris("connect/logout");
                o.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange()
                    .AllowClientCredentialsFlow()
                    .AllowRefreshTokenFlow();
                o.RegisterScopes(OpenIddictConstants.Scopes.OpenId, OpenIddictConstants.Scopes.Profile,
                    OpenIddictConstants.Scopes.Email, OpenIddictConstants.Scopes.OfflineAccess, ApiScope);
                o.SetAccessTokenLifetime(TimeSpan.FromMinutes(options.AccessTokenMinutes))
                    .SetRefreshTokenLifetime(TimeSpan.FromDays(options.RefreshTokenDays));
                AddKeys(o, options, configuration[HostDefaults.EnvironmentKey] ?? Environments.Production);
                // Access tokens are signed, not encrypted: they carry only the caller's own id, name and
                // scope, and decrypting one (an RSA private-key operation) on every API request cost more
                // than the query it authorized. Refresh tokens and codes stay encrypted.
                o.DisableAccessTokenEncryption();
                // Last, after the token is marked revoked, so that no request re-caches it in between.
                o.AddEventHandler<OpenIddictServerEvents.HandleRevocationRequestContext>(h => h.UseSingletonHandler<ForgetCheckedTokensOnRevocation>().SetOrder(int.MaxValue - 100_000));
                var aspNetCore = o.UseAspNetCore()
                    .EnableAuthorizationEndpointPassthrough()
                    .EnableTokenEndpointPassthrough()
                    .EnableUserInfoEndpointPassthrough()
                    .EnableEndSessionEndpointPassthrough();
                if (!options.RequireHttps)
                {
                    aspNetCore.DisableTransportSecurityRequirement();
                }
            })
            .AddValidation(o =>
            {
                o.UseLocalServer();
                o.UseAspNetCore();
                // A revoked token, or one of a locked account, stops working at once, not at expiry
                // (on other hosts within Identity:TokenCheckCacheSeconds).
                o.AddEventHandler(TokenEntryCheck.Descriptor);
                o.AddEventHandler(ReuseVerifiedToken.Descriptor);
                o.AddEventHandler(RememberVerifiedToken.Descriptor);
            });
    }

    /// <summary>
    /// Certificates from configuration, shared by every host. Development and tests may run on
    /// ephemeral keys; any other environment refuses to start without certificates.
    /// </summary>
    private static void AddKeys(OpenIddictServerBuilder server, CqoIdentityOptions options, string environment)
    {
        if (options.SigningCertificate.IsConfigured && options.EncryptionCertificate.IsConfigured)
        {
            server.AddSigningCertificate(Load(options.SigningCertificate, "SigningCertificate"));
            server.AddEncryptionCertificate(Load(options.EncryptionCertificate, "EncryptionCertificate"));
            return;
        }

        if (environment is "Development" or "Testing")
        {
            server.AddEphemeralSigningKey().AddEphemeralEncryptionKey();
            return;
        }

        throw new InvalidOperationException(
            "Identity:SigningCertificate and Identity:EncryptionCertificate must be configured (a PFX Path or Base64, and Password) "
            + $"outside Development and Testing; this host runs as '{environment}'.");
    }

    private static X509Certificate2 Load(CertificateOptions certificate, string name)
    {
        var bytes = !string.IsNullOrWhiteSpace(certificate.Base64)
            ? Convert.FromBase64String(certificate.Base64)
            : File.ReadAllBytes(certificate.Path!);
        var loaded = X509CertificateLoader.LoadPkcs12(bytes, certificate.Password, X509KeyStorageFlags.EphemeralKeySet);
        if (!loaded.HasPrivateKey)
        {
            throw new InvalidOperationException($"Identity:{name} has no private key.");
        }

        // Refused here, by name and date, rather than left to fail every token later (or OpenIddict to fail obscurely).
        if (loaded.NotAfter.ToUniversalTime() < DateTime.UtcNow || loaded.NotBefore.ToUniversalTime() > DateTime.UtcNow)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"Identity:{name} is valid from {loaded.NotBefore.ToUniversalTime():yyyy-MM-dd HH:mm} to {loaded.NotAfter.ToUniversalTime():yyyy-MM-dd HH:mm} UTC, not now; configure a current certificate."));
        }

        return loaded;
    }
}
