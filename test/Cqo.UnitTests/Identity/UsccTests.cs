using Cqo.Reference.Contracts.Identifiers;

namespace Cqo.UnitTests.Identity;

public sealed class UsccTests
{
    [Theory]
    [InlineData("91310110666007217T")]
    [InlineData("91330101589882738D")]
    [InlineData(" 91310110666007217t ")]
    [InlineData("９１３１０１１０６６６００７２１７Ｔ")]
    public void Valid_codes_pass_after_normalizing(string code)
    {
        Uscc.Check(Uscc.Normalize(code)).ShouldBeNull();
    }

    [Theory]
    [InlineData("91310110666007217", UsccProblem.Length)]
    [InlineData("91310110666007217I", UsccProblem.Alphabet)]
    [InlineData("91310110666007217A", UsccProblem.CheckCharacter)]
    public void Invalid_codes_name_the_rule_they_break(string code, UsccProblem problem)
    {
        Uscc.Check(Uscc.Normalize(code)).ShouldBe(problem);
    }

    [Fact]
    public void The_test_helper_reproduces_the_published_examples()
    {
        WithCheck("91310110666007217").ShouldBe("91310110666007217T");
        WithCheck("91330101589882738").ShouldBe("91330101589882738D");
    }

    // A USCC never changes, so it may keep a division code that no longer exists.
    [Theory]
    [InlineData("310103")] // 卢湾, merged into 黄浦 in 2011
    [InlineData("310108")] // 闸北, merged into 静安 in 2015
    public void Historical_division_codes_are_valid_when_the_check_character_is_right(string division)
    {
        var code = WithCheck("91" + division + "666007217");

        Uscc.Check(Uscc.Normalize(code)).ShouldBeNull();
    }

    // GB 32100-2015: alphabet without I, O, S, V, Z; weight 3^i mod 31 for position i (0-based);
    // check value 31 - (sum mod 31), where 31 means 0.
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static string WithCheck(string first17)
    {
        first17.Length.ShouldBe(17);
        var sum = 0;
        var weight = 1;
        foreach (var c in first17)
        {
            sum += Alphabet.IndexOf(c, StringComparison.Ordinal) * weight;
            weight = weight * 3 % 31;
        }

        return first17 + Alphabet[(31 - (sum % 31)) % 31];
    }
}
