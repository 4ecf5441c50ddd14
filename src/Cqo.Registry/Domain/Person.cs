using Cqo.Reference.Contracts.Identifiers;
using Cqo.Registry.Contracts;
using Cqo.SharedKernel.Domain;
using Cqo.SharedKernel.Security;

namespace Cqo.Registry.Domain;

/// <summary>
/// A person on an enterprise's quality staff (a CQO or candidate). The ID number is kept only
/// encrypted, with a keyed hash that finds duplicates and a masked form for display.
/// </summary>
internal sealed class Person : AggregateRoot, IDataScoped
{
    public Person(Guid id, Guid enterpriseId, string jurisdictionCode, ProtectedIdNumber idNumber, PersonProfile profile)
        : base(id)
    {
        EnterpriseId = enterpriseId;
        JurisdictionCode = jurisdictionCode;
        SetIdNumber(idNumber);
        Update(profile);
    }

    private Person() { }

    public Guid EnterpriseId { get; private set; }

    public string Name { get; private set; } = "";

    public PersonalIdType IdType { get; private set; }

    /// <summary>The ID number encrypted at rest (<c>PersonalDataProtector</c>).</summary>
    public string IdNumberCipher { get; private set; } = "";

    /// <summary>A keyed hash of type and number: equal for the same document, useless without the key.</summary>
    public string IdNumberHash { get; private set; } = "";

    public string IdNumberMasked { get; private set; } = "";

    public Gender Gender { get; private set; }

    public DateOnly? BirthDate { get; private set; }

    public Education Education { get; private set; }

    public string? Major { get; private set; }

    public TitleLevel Title { get; private set; }

    public TitleLevel QualityEngineerLevel { get; private set; }

    public int QualityYears { get; private set; }

    public string? Phone { get; private set; }

    public string? Email { get; private set; }

    /// <summary>The person's own account, once they have one; they then see this record.</summary>
    public Guid? UserId { get; private set; }

    public Guid? OrganisationId => EnterpriseId;

    public string? JurisdictionCode { get; private set; }

    public Guid? OwnerUserId => UserId;

    public void SetIdNumber(ProtectedIdNumber idNumber)
    {
        IdType = idNumber.Type;
        IdNumberCipher = idNumber.Cipher;
        IdNumberHash = idNumber.Hash;
        IdNumberMasked = idNumber.Masked;
        BirthDate = idNumber.BirthDate;
        Gender = idNumber.Gender;
    }

    public void Update(PersonProfile profile)
    {
        Name = profile.Name;
        Education = profile.Education;
        Major = profile.Major;
        Title = profile.Title;
        QualityEngineerLevel = profile.QualityEngineerLevel;
        QualityYears = profile.QualityYears;
        Phone = profile.Phone;
        Email = profile.Email;
        if (IdType != PersonalIdType.ResidentId && profile.BirthDate is { } birthDate)
        {
            BirthDate = birthDate; // other documents do not carry one
        }

        if (IdType != PersonalIdType.ResidentId && profile.Gender is { } gender)
        {
            Gender = gender;
        }
    }

    public void MoveJurisdiction(string jurisdictionCode) => JurisdictionCode = jurisdictionCode;

    public PersonDto ToDto() => new(
        Id, EnterpriseId, Name, IdType, IdNumberMasked, Gender, BirthDate, Education, Major, Title, QualityEngineerLevel,
        QualityYears, Phone, Email, UserId, ConcurrencyStamp);
}

/// <summary>What may be edited about a person; birth date and gender only count for documents that do not carry them.</summary>
internal sealed record PersonProfile(
    string Name,
    Education Education,
    string? Major,
    TitleLevel Title,
    TitleLevel QualityEngineerLevel,
    int QualityYears,
    string? Phone,
    string? Email,
    DateOnly? BirthDate,
    Gender? Gender);

/// <summary>An ID number ready to store: encrypted, hashed, masked, with what the document itself says.</summary>
internal sealed record ProtectedIdNumber(PersonalIdType Type, string Cipher, string Hash, string Masked, DateOnly? BirthDate, Gender Gender);
