namespace Cqo.UnitTests.Logs;

/// <summary>What the log scan counts as a personal ID number, and what it leaves alone.</summary>
public sealed class PersonalIdNumberFinderTests
{
    private static readonly DateOnly s_today = new(2026, 3, 16);
    private static readonly PersonalIdNumberFinder s_finder = new(["310115199002310012"]);

    [Theory]
    [InlineData("{\"@m\":\"Person \\\"310115198003141239\\\" created\"}", "310115198003141239")]
    [InlineData("{\"IdNumber\":\"31011519850722234X\"}", "31011519850722234X")]
    [InlineData("{\"IdNumber\":\"31011519850722234x\"}", "31011519850722234X")]
    [InlineData("身份证号310104197801053459已存在", "310104197801053459")]
    [InlineData("{\"@m\":\"passport E12345678 refused\"}", "E12345678")]
    [InlineData("{\"@x\":\"invalid date 310115199002310012\"}", "310115199002310012")]
    public void Finds_a_number_standing_alone_in_a_log_line(string line, string expected) =>
        s_finder.Find(line, s_today).ShouldContain(expected);

    [Theory]
    [InlineData("{\"IdNumber\":\"3101**********1239\"}")] // masked
    [InlineData("{\"IdNumber\":\"310115198003141238\"}")] // wrong check character
    [InlineData("{\"Ticks\":6390912345678901234}")] // a longer number
    [InlineData("{\"Hash\":\"ab310115198003141239cd\"}")] // inside a hash
    [InlineData("{\"Uscc\":\"91310110666007217T\"}")] // an enterprise's code
    [InlineData("{\"IdNumber\":\"310115208003141235\"}")] // born in the future
    [InlineData("{\"Module\":\"M01\",\"Elapsed\":12345678}")]
    public void Leaves_alone_what_is_no_personal_id_number(string line) =>
        s_finder.Find(line, s_today).ShouldBeEmpty();
}
