using System.Security.Cryptography;
using System.Text;

namespace Cqo.Reference.Contracts.Identifiers;

/// <summary>
/// An organisation's id is derived from its USCC (a name-based UUID, RFC 9562 version 5), because a
/// USCC never changes: the registry's enterprise and the accounts acting for it then agree on the id
/// without either module asking the other.
/// </summary>
public static class OrganisationIds
{
    private static readonly Guid s_namespace = new("6f1c2a54-3b0e-4c55-9a0f-2f4b7c1d9e31");

    /// <summary>The id of the organisation with this normalized USCC.</summary>
    public static Guid FromUscc(string normalizedUscc)
    {
        Span<byte> input = stackalloc byte[16 + Encoding.UTF8.GetByteCount(normalizedUscc)];
        s_namespace.TryWriteBytes(input[..16], bigEndian: true, out _);
        Encoding.UTF8.GetBytes(normalizedUscc, input[16..]);
        Span<byte> hash = stackalloc byte[SHA1.HashSizeInBytes];
#pragma warning disable CA5350 // RFC 9562 version 5 is defined over SHA-1; the id is not a security boundary
        SHA1.HashData(input, hash);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16], bigEndian: true);
    }
}
