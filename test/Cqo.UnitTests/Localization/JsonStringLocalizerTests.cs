using System.Globalization;
using Cqo.Platform;
using Cqo.Platform.Localization;
using Cqo.SharedKernel.Errors;

namespace Cqo.UnitTests.Localization;

public sealed class JsonStringLocalizerTests
{
    private readonly JsonStringLocalizer _texts = new(
    [
        new LocalizationResource(typeof(PlatformServiceCollectionExtensions).Assembly),
        new LocalizationResource(typeof(Cqo.Reference.ReferenceModule).Assembly),
    ]);

    [Theory]
    [InlineData("zh-CN", "没有权限")]
    [InlineData("en", "Permission denied")]
    [InlineData("en-US", "Permission denied")]
    [InlineData("fr-FR", "没有权限")]
    public void Texts_follow_the_ui_culture_and_fall_back_to_Chinese(string culture, string expected)
    {
        using var _ = new UiCulture(culture);

        _texts["Error:forbidden"].Value.ShouldBe(expected);
    }

    [Fact]
    public void Messages_are_formatted_with_their_arguments_and_nested_messages_are_localized()
    {
        using var _ = new UiCulture("zh-CN");

        var text = _texts.Localize(new ErrorMessage("Error:NotFoundDetail", new ErrorMessage("Resource:RegulatorUnit"), "X1"));

        text.ShouldBe("未找到监管单位“X1”。");
    }

    [Fact]
    public void An_unknown_key_is_reported_as_not_found()
    {
        _texts["No:such:key"].ResourceNotFound.ShouldBeTrue();
    }

    [Fact]
    public void Both_languages_have_the_same_keys_in_every_module()
    {
        string[] zh, en;
        using (new UiCulture("zh-CN"))
        {
            zh = [.. _texts.GetAllStrings(false).Select(s => s.Name).Order()];
        }

        using (new UiCulture("en"))
        {
            en = [.. _texts.GetAllStrings(false).Select(s => s.Name).Order()];
        }

        en.ShouldBe(zh);
    }

    private sealed class UiCulture : IDisposable
    {
        private readonly CultureInfo _previous = CultureInfo.CurrentUICulture;

        public UiCulture(string name) => CultureInfo.CurrentUICulture = new CultureInfo(name);

        public void Dispose() => CultureInfo.CurrentUICulture = _previous;
    }
}
