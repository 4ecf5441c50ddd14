using Cqo.Reference.Contracts.Identifiers;

namespace Cqo.UnitTests.Reference;

public sealed class PersonalIdTests
{
    private static readonly DateOnly s_today = new(2026, 5, 1);

    [Fact]
    public void The_test_helper_reproduces_the_published_example()
    {
        WithCheck("11010519491231002").ShouldBe("11010519491231002X");
    }

    [Theory]
    [InlineData("11010519491231002X")]
    [InlineData("１１０１０５１９４９１２３１００２Ｘ")]
    [InlineData("11010519491231002x")]
    [InlineData("１１０１０５１９４９１２３１００２ｘ")]
    [InlineData("  110105 19491231 002X\t")]
    [InlineData("110105\u300019491231002X")]
    public void Valid_resident_ids_pass_and_normalize_to_ascii_upper_case(string value)
    {
        var normalized = ResidentId.Normalize(value);

        normalized.ShouldBe("11010519491231002X");
        ResidentId.Check(normalized, s_today).ShouldBeNull();
        PersonalId.Normalize(PersonalIdType.ResidentId, value).ShouldBe(normalized);
        PersonalId.Check(PersonalIdType.ResidentId, normalized, s_today).ShouldBeNull();
    }

    [Fact]
    public void Numbers_ending_in_a_digit_pass_too()
    {
        var number = WithCheck("31010119800101001");
        number[^1].ShouldNotBe('X');

        ResidentId.Check(number, s_today).ShouldBeNull();
    }

    [Fact]
    public void A_wrong_check_character_is_reported()
    {
        ResidentId.Check("110105194912310021", s_today).ShouldBe(PersonalIdProblem.CheckCharacter);
        ResidentId.Check("11010519491231002X"[..17] + "0", s_today).ShouldBe(PersonalIdProblem.CheckCharacter);
    }

    [Theory]
    [InlineData("19900231")]
    [InlineData("19490231")]
    [InlineData("19491301")]
    [InlineData("19490000")]
    [InlineData("20230229")]
    public void A_date_that_does_not_exist_is_reported_even_with_a_correct_check_character(string date)
    {
        var number = WithCheck("310101" + date + "001");

        ResidentId.Check(number, s_today).ShouldBe(PersonalIdProblem.BirthDate);
    }

    [Fact]
    public void A_leap_day_in_a_leap_year_is_a_real_date()
    {
        ResidentId.Check(WithCheck("31010120000229001"), s_today).ShouldBeNull();
    }

    [Fact]
    public void A_birth_date_after_today_is_reported_but_today_itself_is_allowed()
    {
        ResidentId.Check(WithCheck("31010120260502001"), s_today).ShouldBe(PersonalIdProblem.FutureBirthDate);
        ResidentId.Check(WithCheck("31010120260501001"), s_today).ShouldBeNull();
    }

    [Theory]
    [InlineData("11010519491231002")]
    [InlineData("11010519491231002X0")]
    [InlineData("110105491231002")]
    [InlineData("")]
    public void A_wrong_length_is_reported(string value)
    {
        ResidentId.Check(ResidentId.Normalize(value), s_today).ShouldBe(PersonalIdProblem.Length);
    }

    [Theory]
    [InlineData("1101051949A231002X")]
    [InlineData("X10105194912310021")]
    [InlineData("11010519491231002Y")]
    [InlineData("11010519491231002-")]
    [InlineData("११०१०५१९४९१२३१००२X")]
    public void Letters_or_other_characters_are_a_format_problem(string value)
    {
        ResidentId.Check(ResidentId.Normalize(value), s_today).ShouldBe(PersonalIdProblem.Format);
    }

    [Fact]
    public void Length_is_checked_before_format()
    {
        ResidentId.Check("ABC", s_today).ShouldBe(PersonalIdProblem.Length);
    }

    [Fact]
    public void Birth_date_and_gender_come_from_the_number()
    {
        ResidentId.BirthDate("11010519491231002X").ShouldBe(new DateOnly(1949, 12, 31));
        ResidentId.IsMale("11010519491231002X").ShouldBeFalse();
        ResidentId.IsMale(WithCheck("11010519491231001")).ShouldBeTrue();
        ResidentId.IsMale(WithCheck("11010519491231019")).ShouldBeTrue();
        ResidentId.IsMale(WithCheck("11010519491231990")).ShouldBeFalse();
    }

    [Fact]
    public void Birth_date_and_gender_refuse_a_malformed_number()
    {
        Should.Throw<ArgumentException>(() => ResidentId.BirthDate("110105"));
        Should.Throw<ArgumentException>(() => ResidentId.BirthDate(WithCheck("31010119900231001")));
        Should.Throw<ArgumentException>(() => ResidentId.IsMale("1101051949123100AX"));
    }

    [Theory]
    [InlineData("1949-12-31", "2026-12-30", 76)]
    [InlineData("1949-12-31", "2026-12-31", 77)]
    [InlineData("2008-05-01", "2026-04-30", 17)]
    [InlineData("2008-05-01", "2026-05-01", 18)]
    [InlineData("2000-02-29", "2023-02-28", 22)]
    [InlineData("2000-02-29", "2023-03-01", 23)]
    [InlineData("2000-02-29", "2024-02-29", 24)]
    [InlineData("2026-05-01", "2026-05-01", 0)]
    public void Age_is_in_whole_years(string birthDate, string day, int age)
    {
        PersonalId.AgeOn(DateOnly.Parse(birthDate, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture))
            .ShouldBe(age);
    }

    [Fact]
    public void Age_before_birth_is_refused()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => PersonalId.AgeOn(new DateOnly(2000, 1, 2), new DateOnly(2000, 1, 1)));
    }

    [Theory]
    [InlineData("H12345678")]
    [InlineData("M12345678")]
    [InlineData("H1234567801")]
    [InlineData("12345678")]
    [InlineData(" ｈ1234 5678 ")]
    public void Valid_hong_kong_macau_and_taiwan_permits_pass(string value)
    {
        PersonalId.Check(PersonalIdType.HkMacauTaiwanPermit, PersonalId.Normalize(PersonalIdType.HkMacauTaiwanPermit, value), s_today)
            .ShouldBeNull();
    }

    [Theory]
    [InlineData("H1234567", PersonalIdProblem.Format)]
    [InlineData("A12345678", PersonalIdProblem.Format)]
    [InlineData("1234567A", PersonalIdProblem.Format)]
    [InlineData("H123456789A", PersonalIdProblem.Format)]
    [InlineData("1234567", PersonalIdProblem.Length)]
    [InlineData("H123456789", PersonalIdProblem.Length)]
    [InlineData("H123456789012", PersonalIdProblem.Length)]
    public void Invalid_permits_name_the_rule_they_break(string value, PersonalIdProblem problem)
    {
        PersonalId.Check(PersonalIdType.HkMacauTaiwanPermit, PersonalId.Normalize(PersonalIdType.HkMacauTaiwanPermit, value), s_today)
            .ShouldBe(problem);
    }

    [Theory]
    [InlineData("E12345678")]
    [InlineData("G1234567")]
    [InlineData("P1234")]
    [InlineData("ab 12345")]
    [InlineData("１２３４５６７８９０１２３４５６７")]
    public void Valid_passports_pass(string value)
    {
        PersonalId.Check(PersonalIdType.Passport, PersonalId.Normalize(PersonalIdType.Passport, value), s_today).ShouldBeNull();
    }

    [Theory]
    [InlineData("E123", PersonalIdProblem.Length)]
    [InlineData("123456789012345678", PersonalIdProblem.Length)]
    [InlineData("E1234-5678", PersonalIdProblem.Format)]
    [InlineData("E1234ı5678", PersonalIdProblem.Format)]
    [InlineData("E12345六78", PersonalIdProblem.Format)]
    public void Invalid_passports_name_the_rule_they_break(string value, PersonalIdProblem problem)
    {
        PersonalId.Check(PersonalIdType.Passport, PersonalId.Normalize(PersonalIdType.Passport, value), s_today).ShouldBe(problem);
    }

    [Fact]
    public void Valid_foreign_permanent_residence_ids_pass_in_both_formats()
    {
        var newFormat = WithCheck("93184019800101001");

        PersonalId.Check(PersonalIdType.ForeignPermanentResidence, "USA110079060512", s_today).ShouldBeNull();
        PersonalId.Check(PersonalIdType.ForeignPermanentResidence, PersonalId.Normalize(PersonalIdType.ForeignPermanentResidence, " usa110079060512 "), s_today)
            .ShouldBeNull();
        PersonalId.Check(PersonalIdType.ForeignPermanentResidence, newFormat, s_today).ShouldBeNull();
    }

    [Fact]
    public void Invalid_foreign_permanent_residence_ids_name_the_rule_they_break()
    {
        static PersonalIdProblem? Check(string value) => PersonalId.Check(PersonalIdType.ForeignPermanentResidence, value, s_today);

        Check("USA11007906051").ShouldBe(PersonalIdProblem.Length);
        Check("US1110079060512").ShouldBe(PersonalIdProblem.Format);
        Check("USA11007906051A").ShouldBe(PersonalIdProblem.Format);
        Check(WithCheck("83184019800101001")).ShouldBe(PersonalIdProblem.Format);
        Check(WithCheck("93184019800231001")).ShouldBe(PersonalIdProblem.BirthDate);
        Check(WithCheck("93184020300101001")).ShouldBe(PersonalIdProblem.FutureBirthDate);
        Check(WrongCheck("93184019800101001")).ShouldBe(PersonalIdProblem.CheckCharacter);
    }

    [Fact]
    public void Only_resident_ids_and_new_foreign_ids_carry_a_birth_date()
    {
        PersonalId.BirthDate(PersonalIdType.ResidentId, "11010519491231002X").ShouldBe(new DateOnly(1949, 12, 31));
        PersonalId.BirthDate(PersonalIdType.ForeignPermanentResidence, WithCheck("93184019800101001")).ShouldBe(new DateOnly(1980, 1, 1));
        PersonalId.BirthDate(PersonalIdType.ForeignPermanentResidence, "USA110079060512").ShouldBeNull();
        PersonalId.BirthDate(PersonalIdType.Passport, "E12345678").ShouldBeNull();
        PersonalId.BirthDate(PersonalIdType.HkMacauTaiwanPermit, "H12345678").ShouldBeNull();
    }

    [Fact]
    public void An_unknown_type_is_refused()
    {
        Should.Throw<ArgumentOutOfRangeException>(() => PersonalId.Normalize((PersonalIdType)99, "E12345678"));
        Should.Throw<ArgumentOutOfRangeException>(() => PersonalId.Check((PersonalIdType)99, "E12345678", s_today));
        Should.Throw<ArgumentOutOfRangeException>(() => PersonalId.BirthDate((PersonalIdType)99, "E12345678"));
    }

    [Theory]
    [InlineData("310101198001010018", "3101**********0018")]
    [InlineData("USA110079060512", "USA1*******0512")]
    [InlineData("H1234567801", "H*********1")]
    [InlineData("E12345678", "E*******8")]
    [InlineData("H1234567", "H******7")]
    [InlineData("12345678", "1******8")]
    [InlineData("P1234", "P***4")]
    [InlineData("ABC", "A*C")]
    [InlineData("AB", "**")]
    [InlineData("A", "*")]
    [InlineData("", "")]
    public void Masking_keeps_only_the_ends(string normalized, string masked)
    {
        PersonalIdMask.Mask(normalized).ShouldBe(masked);
    }

    [Fact]
    public void Masking_never_returns_a_number_of_three_or_more_characters_unmasked()
    {
        for (var length = 3; length <= 20; length++)
        {
            var value = new string('7', length);
            var masked = PersonalIdMask.Mask(value);

            masked.Length.ShouldBe(length);
            masked.ShouldNotBe(value);
            masked.ShouldContain('*');
        }
    }

    // GB 11643-1999 is ISO 7064 MOD 11-2: weight 2^(17-i) mod 11 for position i (0-based), and the
    // check value c makes the weighted sum including c congruent to 1 mod 11; 10 is written X.
    private static string WithCheck(string first17)
    {
        first17.Length.ShouldBe(17);
        var check = (12 - (WeightedSum(first17) % 11)) % 11;
        return first17 + "0123456789X"[check];
    }

    private static string WrongCheck(string first17)
    {
        var right = WithCheck(first17)[^1];
        return first17 + (right == '0' ? '1' : '0');
    }

    private static int WeightedSum(string first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * ((1 << (17 - i)) % 11);
        }

        return sum;
    }
}
