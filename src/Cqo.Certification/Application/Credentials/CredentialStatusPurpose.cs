namespace Cqo.Certification.Application.Credentials;

/// <summary>What a set bit in a status list means (Bitstring Status List v1.0 §2.1, <c>statusPurpose</c>).</summary>
internal enum CredentialStatusPurpose
{
    /// <summary>Revoked for good; a set bit never clears.</summary>
    Revocation,

    /// <summary>Suspended for now; the bit clears when the certificate is reinstated.</summary>
    Suspension,
}

internal static class CredentialStatusPurposes
{
    /// <summary>The <c>statusPurpose</c> value, which is also the last segment of the list's URL.</summary>
    public static string ToWireName(this CredentialStatusPurpose purpose) => purpose switch
    {
        CredentialStatusPurpose.Revocation => "revocation",
        CredentialStatusPurpose.Suspension => "suspension",
        _ => throw new ArgumentOutOfRangeException(nameof(purpose), purpose, null),
    };

    /// <summary>Reads the purpose in a status-list URL; only the exact wire names count.</summary>
    public static bool TryParse(string? wireName, out CredentialStatusPurpose purpose)
    {
        foreach (var candidate in Enum.GetValues<CredentialStatusPurpose>())
        {
            if (candidate.ToWireName() == wireName)
            {
                purpose = candidate;
                return true;
            }
        }

        purpose = default;
        return false;
    }
}
