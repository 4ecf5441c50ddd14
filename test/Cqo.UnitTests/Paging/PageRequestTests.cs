using Cqo.SharedKernel.Errors;
using Cqo.SharedKernel.Paging;

namespace Cqo.UnitTests.Paging;

public sealed class PageRequestTests
{
    [Fact]
    public void Defaults_to_the_first_20()
    {
        var page = new PageRequest();

        page.Skip.ShouldBe(0);
        page.Take.ShouldBe(20);
        page.Sort.ShouldBeNull();
    }

    [Theory]
    [InlineData(null, 0, "take")]
    [InlineData(null, 1001, "take")]
    [InlineData(null, 100_000, "take")]
    [InlineData(-1, null, "skip")]
    public void Out_of_range_values_name_the_field(int? skip, int? take, string field)
    {
        var error = Should.Throw<FieldValidationException>(() => new PageRequest(skip, take));

        error.Kind.ShouldBe(ErrorKind.Validation);
        error.Errors.Keys.ShouldBe([field]);
    }

    [Fact]
    public void Both_bad_fields_are_reported_together()
    {
        var error = Should.Throw<FieldValidationException>(() => new PageRequest(-5, 5000));

        error.Errors.Keys.ShouldBe(["skip", "take"], ignoreOrder: true);
    }

    [Fact]
    public void The_maximum_is_accepted()
    {
        new PageRequest(0, PageRequest.MaxTake).Take.ShouldBe(1000);
    }
}
