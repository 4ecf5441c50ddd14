using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Cqo.Certification.Application.Credentials;

internal static class CredentialServiceCollectionExtensions
{
    /// <summary>
    /// Signed credentials: the <c>Certification:Signing</c> keys, checked at start, and the services
    /// that sign credentials and status lists with them.
    /// </summary>
    public static IServiceCollection AddCredentials(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SigningOptions>().Bind(configuration.GetSection(SigningOptions.Section)).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SigningOptions>, SigningOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<CredentialKeys>();
        services.AddSingleton<CredentialIssuer>();
        services.AddSingleton<StatusListCredential>();
        return services;
    }
}
