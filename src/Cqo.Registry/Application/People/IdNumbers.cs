using Cqo.Platform.Security;
using Cqo.Reference.Contracts.Identifiers;
using Cqo.Registry.Contracts;
using Cqo.Registry.Domain;

namespace Cqo.Registry.Application.People;

/// <summary>Turns a checked ID number into what is stored (encrypted, hashed, masked) and back.</summary>
internal sealed class IdNumbers(PersonalDataProtector protector)
{
    public ProtectedIdNumber Protect(PersonalIdType type, string raw)
    {
        var normalized = PersonalId.Normalize(type, raw);
        var gender = type == PersonalIdType.ResidentId
            ? ResidentId.IsMale(normalized) ? Gender.Male : Gender.Female
            : Gender.Unknown;
        return new ProtectedIdNumber(
            type, protector.Protect(normalized), HashOf(type, normalized), PersonalIdMask.Mask(normalized), PersonalId.BirthDate(type, normalized), gender);
    }

    /// <summary>The de-duplication hash of a normalized number: equal numbers of the same document type hash alike.</summary>
    public string HashOf(PersonalIdType type, string normalized) => protector.Hash($"{type}:{normalized}");

    public string Reveal(Person person) => protector.Unprotect(person.IdNumberCipher);
}
