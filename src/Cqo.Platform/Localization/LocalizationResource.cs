using System.Reflection;

namespace Cqo.Platform.Localization;

/// <summary>
/// An assembly whose embedded <c>*.Localization.{culture}.json</c> files add texts. Each module
/// registers one for its own keys, prefixed with its name.
/// </summary>
public sealed record LocalizationResource(Assembly Assembly);
