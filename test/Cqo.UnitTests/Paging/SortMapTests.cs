using Cqo.SharedKernel.Errors;
using Cqo.SharedKernel.Paging;

namespace Cqo.UnitTests.Paging;

public sealed class SortMapTests
{
    private static readonly SortMap<Row> s_sort = new SortMap<Row>("size", r => r.Name)
        .Add("name", r => r.Name)
        .Add("size", r => r.Size);

    private static readonly IQueryable<Row> s_rows = new[] { new Row("b", 2), new Row("a", 2), new Row("c", 1) }.AsQueryable();

    [Fact]
    public void Without_sort_uses_the_default()
    {
        s_sort.Apply(s_rows, null).Select(r => r.Name).ShouldBe(["c", "a", "b"]);
    }

    [Fact]
    public void Ties_are_broken_by_the_unique_key_so_pages_are_stable()
    {
        s_sort.Apply(s_rows, "-size").Select(r => r.Name).ShouldBe(["a", "b", "c"]);
    }

    [Fact]
    public void A_minus_sorts_descending_and_later_keys_break_ties()
    {
        s_sort.Apply(s_rows, "-size, name").Select(r => r.Name).ShouldBe(["a", "b", "c"]);
        s_sort.Apply(s_rows, "size,-name").Select(r => r.Name).ShouldBe(["c", "b", "a"]);
    }

    [Fact]
    public void Keys_are_case_insensitive()
    {
        s_sort.Apply(s_rows, "-NAME").Select(r => r.Name).ShouldBe(["c", "b", "a"]);
    }

    [Fact]
    public void An_unlisted_key_is_a_validation_error_on_sort_listing_the_allowed_keys()
    {
        var error = Should.Throw<FieldValidationException>(() => s_sort.Apply(s_rows, "name,secret"));

        var message = error.Errors["sort"].ShouldHaveSingleItem();
        message.Key.ShouldBe("Paging:UnknownSortKey");
        message.Args.ShouldBe(["secret", "name, size"]);
    }

    private sealed record Row(string Name, int Size);
}
