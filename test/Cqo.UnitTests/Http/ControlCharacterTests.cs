using Cqo.Platform.Http;

namespace Cqo.UnitTests.Http;

public sealed class ControlCharacterTests
{
    [Theory]
    [InlineData("plain 中文", false)]
    [InlineData("tab\tand\r\nlines", false)]
    [InlineData("nul\0", true)]
    [InlineData("bell\a", true)]
    public void Only_c0_controls_other_than_tab_and_line_breaks_count(string text, bool expected)
    {
        ControlCharacters.In(text).ShouldBe(expected);
    }

    [Fact]
    public void Texts_are_found_by_their_json_path_in_nested_objects_and_lists()
    {
        var request = new Import(
            "ok",
            [new Person("fine", 3), new Person("bad\0", 4)],
            ["x", "y\u0001"],
            new Person("\u0002", 1),
            new Dictionary<string, string> { ["note"] = "\u0003" },
            new Address("\u0004"));

        ControlCharacters.FieldsIn(request).ShouldBe(["people[1].name", "tags[1]", "lead.name", "extra.note", "address.street"], ignoreOrder: true);
    }

    [Fact]
    public void Texts_nested_deeper_than_json_allows_are_still_found()
    {
        object nested = new Person("\0", 1);
        for (var i = 0; i < 40; i++)
        {
            nested = new[] { nested };
        }

        ControlCharacters.FieldsIn(nested).ShouldHaveSingleItem();
    }

    private sealed record Import(string Title, IReadOnlyList<Person> People, string[] Tags, Person Lead, Dictionary<string, string> Extra, Address Address);

    private sealed record Person(string Name, int Age);

    private readonly record struct Address(string Street);
}
