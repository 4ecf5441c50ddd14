namespace Cqo.Training.Domain;

/// <summary>A syllabus module a course covers, and the hours it gives it.</summary>
internal sealed class CourseModule(string moduleCode, decimal hours)
{
    public string ModuleCode { get; private set; } = moduleCode;

    public decimal Hours { get; private set; } = hours;
}
