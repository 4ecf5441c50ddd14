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
}
