using System.Globalization;
using Cqo.Platform;
using Cqo.Platform.Localization;

namespace Cqo.UnitTests.Localization;

public sealed class JsonStringLocalizerTests
{
    private readonly JsonStringLocalizer _texts = new([new LocalizationResource(typeof(PlatformServiceCollectionExtensions).Assembly)]);

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
    public void An_unknown_key_is_reported_as_not_found()
    {
        _texts["No:such:key"].ResourceNotFound.ShouldBeTrue();
    }

    [Fact]
    public void Both_languages_have_the_same_keys()
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
