using Cqo.Platform.Security;
using Cqo.Reference.Contracts.Identifiers;

namespace Cqo.Benchmarks.Registry;

/// <summary>One row of <c>registry."People"</c>, the ID number already encrypted, hashed and masked.</summary>
internal sealed record PersonRow(
    Guid Id,
    Guid EnterpriseId,
    string JurisdictionCode,
    string Name,
    string IdNumberCipher,
    string IdNumberHash,
    string IdNumberMasked,
    string Gender,
    DateOnly BirthDate,
    string Education,
    string Major,
    string Title,
    string QualityEngineerLevel,
    int QualityYears,
    string Phone,
    string? Email,
    DateTimeOffset CreatedAt);

/// <summary>A generated person before protection; enums as the names EF Core stores.</summary>
internal sealed record PersonFacts(
    string Name,
    string IdNumber,
    DateOnly BirthDate,
    string Education,
    string Major,
    string Title,
    string QualityEngineerLevel,
    int QualityYears,
    string Phone,
    string? Email,
    DateTimeOffset CreatedAt);

/// <summary>
/// Quality staff aged 22 to 62 with valid, distinct resident IDs (about a third born outside Shanghai),
/// protected as the host's <c>IdNumbers.Protect</c> does: AES-GCM cipher, keyed hash of
/// <c>"ResidentId:" + number</c>, masked display form.
/// </summary>
internal sealed class PersonFaker(Random random, PersonalDataProtector protector, DateTimeOffset now)
{
    private static readonly WeightedPicker<string> s_educations = new(
        [("Secondary", 5), ("JuniorCollege", 20), ("Bachelor", 55), ("Master", 17), ("Doctorate", 3)]);

    private static readonly WeightedPicker<string> s_titles = new(
        [("None", 20), ("Junior", 20), ("Intermediate", 35), ("AssociateSenior", 18), ("Senior", 7)]);

    private static readonly WeightedPicker<string> s_addressCodes = new(
        ShanghaiDistricts.All.Select(d => (d.Code, d.Weight / 1000)).Concat(NamePools.OtherAddressCodes.Select(c => (c, 1.0))));

    private readonly DateOnly _today = DateOnly.FromDateTime(now.UtcDateTime);

    // The first 17 characters of every number issued, as a number: no two people share an ID.
    private readonly HashSet<long> _issued = [];

    public PersonRow Next(Guid enterpriseId, string jurisdictionCode)
    {
        var p = NextPerson();
        return new PersonRow(
            Guid.CreateVersion7(p.CreatedAt),
            enterpriseId,
            jurisdictionCode,
            p.Name,
            protector.Protect(p.IdNumber),
            protector.Hash($"{nameof(PersonalIdType.ResidentId)}:{p.IdNumber}"),
            PersonalIdMask.Mask(p.IdNumber),
            ResidentId.IsMale(p.IdNumber) ? "Male" : "Female",
            p.BirthDate,
            p.Education,
            p.Major,
            p.Title,
            p.QualityEngineerLevel,
            p.QualityYears,
            p.Phone,
            p.Email,
            p.CreatedAt);
    }

    /// <summary>
    /// A person as typed into a form or an import file (ID number in clear), never issued before by this faker.
    /// The draws come in the order they always did, so the generated data stays the same from run to run.
    /// </summary>
    public PersonFacts NextPerson()
    {
        var number = NewNumber(out var birthDate);
        var createdAt = now.AddDays(-random.Next(1, 4 * 365)).AddSeconds(-random.Next(86_400));
        var title = s_titles.Next(random);
        var name = $"{NamePools.Surnames.Next(random)}{NamePools.GivenName.Next(random)}{(random.NextDouble() < 0.7 ? NamePools.GivenName.Next(random) : "")}";
        return new PersonFacts(
            name,
            number,
            birthDate,
            s_educations.Next(random),
            NamePools.Majors[random.Next(NamePools.Majors.Count)],
            title,
            random.NextDouble() < 0.5 ? title : s_titles.Next(random),
            random.Next(1, 31),
            $"1{random.Next(30, 90)}{random.Next(0, 100_000_000):D8}",
            random.NextDouble() < 0.3 ? $"quality{random.Next(1_000_000):D6}@example.cn" : null,
            createdAt);
    }

    private string NewNumber(out DateOnly birthDate)
    {
        while (true)
        {
            birthDate = _today.AddYears(-62).AddDays(random.Next(40 * 365));
            var number = Identifiers.NewResidentId(s_addressCodes.Next(random), birthDate, random.Next(1, 1000), _today);
            if (_issued.Add(long.Parse(number.AsSpan(0, 17), System.Globalization.CultureInfo.InvariantCulture)))
            {
                return number;
            }
        }
    }
}
