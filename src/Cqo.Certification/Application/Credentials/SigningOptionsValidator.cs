using Microsoft.Extensions.Options;

namespace Cqo.Certification.Application.Credentials;

/// <summary>
/// Checks every configured key at start, naming the setting at fault, so a bad key stops the host
/// instead of the first credential.
/// </summary>
internal sealed class SigningOptionsValidator : IValidateOptions<SigningOptions>
{
    public ValidateOptionsResult Validate(string? name, SigningOptions options)
    {
        var failures = new List<string>();
        if (options.Keys.Count == 0 && string.IsNullOrWhiteSpace(options.DevelopmentKeyPath))
        {
            failures.Add($"{SigningOptions.Section}:DevelopmentKeyPath is required when {SigningOptions.Section}:Keys is empty.");
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < options.Keys.Count; i++)
        {
            var setting = $"{SigningOptions.Section}:Keys:{i}";
            var key = options.Keys[i];
            if (string.IsNullOrWhiteSpace(key.KeyId))
            {
                failures.Add($"{setting}:KeyId is required.");
            }
            else if (!seen.Add(key.KeyId))
            {
                failures.Add($"{setting}:KeyId '{key.KeyId}' is already used by an earlier key.");
            }

            using var parsed = SigningKeyPem.TryLoad(key.PrivateKeyPem, out var problem);
            if (problem is not null)
            {
                failures.Add($"{setting}:PrivateKeyPem {problem}.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
