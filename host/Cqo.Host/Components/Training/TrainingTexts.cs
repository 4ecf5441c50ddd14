using Cqo.Training.Contracts;
using Microsoft.Extensions.Localization;

namespace Cqo.Host.Components.Training;

/// <summary>Names of training's enum values, from the module's own texts.</summary>
internal static class TrainingTexts
{
    public static string Of(this IStringLocalizer texts, CourseType type) => texts[$"CourseType:{type}"];

    public static string Of(this IStringLocalizer texts, CourseTier tier) => texts[$"CourseTier:{tier}"];

    public static string Of(this IStringLocalizer texts, CourseDelivery delivery) => texts[$"CourseDelivery:{delivery}"];

    public static string Of(this IStringLocalizer texts, CourseStatus status) => texts[$"CourseStatus:{status}"];
}
