using System.Globalization;
using Cqo.Platform;
using Cqo.Platform.Localization;
using Cqo.SharedKernel.Errors;

namespace Cqo.UnitTests.Localization;

public sealed class JsonStringLocalizerTests
{
    private static readonly LocalizationResource[] s_resources =
    [
        new(typeof(PlatformServiceCollectionExtensions).Assembly),
        new(typeof(Cqo.Reference.ReferenceModule).Assembly),
        new(typeof(Cqo.Identity.IdentityModule).Assembly),
        new(typeof(Cqo.Registry.RegistryModule).Assembly),
        new(typeof(Cqo.Training.TrainingModule).Assembly),
        new(typeof(Cqo.Certification.CertificationModule).Assembly),
        new(typeof(Cqo.Notifications.NotificationsModule).Assembly),
        new(typeof(Cqo.Oversight.OversightModule).Assembly),
        new(typeof(Program).Assembly),
    ];

    private readonly JsonStringLocalizer _texts = new(s_resources);

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

    public static TheoryData<string> Modules => [.. s_resources.Select(r => r.Assembly.GetName().Name!)];

    [Theory]
    [MemberData(nameof(Modules))]
    public void Both_languages_have_the_same_keys(string module)
    {
        var texts = new JsonStringLocalizer([s_resources.Single(r => r.Assembly.GetName().Name == module)]);

        Keys(texts, "en").ShouldBe(Keys(texts, "zh-CN"));
    }

    [Fact]
    public void No_two_modules_define_the_same_key()
    {
        var keysPerModule = s_resources.Select(r => Keys(new JsonStringLocalizer([r]), "zh-CN"));

        keysPerModule.SelectMany(k => k).GroupBy(k => k).Where(g => g.Count() > 1).Select(g => g.Key).ShouldBeEmpty();
    }

    private static string[] Keys(JsonStringLocalizer texts, string culture)
    {
        using var _ = new UiCulture(culture);
        return [.. texts.GetAllStrings(false).Select(s => s.Name).Order()];
    }

    private sealed class UiCulture : IDisposable
    {
        private readonly CultureInfo _previous = CultureInfo.CurrentUICulture;

        public UiCulture(string name) => CultureInfo.CurrentUICulture = new CultureInfo(name);

        public void Dispose() => CultureInfo.CurrentUICulture = _previous;
    }
}
