using Cqo.Reference.Contracts.Identifiers;

namespace Cqo.Registry.Contracts;

/// <summary>A person on an enterprise's quality staff; the ID number only ever masked here.</summary>
public sealed record PersonDto(
    Guid Id,
    Guid EnterpriseId,
    string Name,
    PersonalIdType IdType,
    string IdNumberMasked,
    Gender Gender,
    DateOnly? BirthDate,
    Education Education,
    string? Major,
    TitleLevel Title,
    TitleLevel QualityEngineerLevel,
    int QualityYears,
    string? Phone,
    string? Email,
    Guid? UserId,
    Guid ConcurrencyStamp);
