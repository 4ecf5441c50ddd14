using Cqo.SharedKernel.Jobs;
using Cqo.Training.Application.Courses;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.Training.Jobs;

/// <summary>Daily at 00:10 Shanghai time: enrolment closes after its deadline; courses start on their first day.</summary>
public sealed class AdvanceCoursesJob(IServiceProvider services) : IRecurringJob
{
    public const string Id = "training:advance-courses";
    public const string Cron = "10 0 * * *";

    public Task RunAsync(CancellationToken cancellationToken) =>
        services.GetRequiredService<AdvanceCourses>().RunAsync(cancellationToken);
}
