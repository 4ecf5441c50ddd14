using Cqo.Notifications.Contracts;
using Cqo.Platform.Localization;
using Cqo.Platform.Modules;
using Cqo.Platform.Persistence;
using Cqo.Platform.Security.Permissions;
using Cqo.SharedKernel.Events;
using Cqo.SharedKernel.Seeding;
using Cqo.Training.Application;
using Cqo.Training.Contracts;
using Cqo.Training.Application.Attendance;
using Cqo.Training.Application.Calendar;
using Cqo.Training.Application.Courses;
using Cqo.Training.Application.Enrolments;
using Cqo.Training.Application.Exams;
using Cqo.Training.Application.Providers;
using Cqo.Training.Application.Reminders;
using Cqo.Training.Application.Trainers;
using Cqo.Training.Endpoints;
using Cqo.Training.Infrastructure;
using Cqo.Training.Infrastructure.Seeding;
using Cqo.Training.Jobs;
using FluentValidation;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.Training;

/// <summary>Training: providers and trainers, syllabus-based courses and their sessions.</summary>
public sealed class TrainingModule : ICqoModule
{
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<TrainingDbContext>();
        services.AddScoped<TrainingCaller>();

        services.AddScoped<ProviderQueries>();
        services.AddScoped<SaveProviderHandler>();
        services.AddScoped<TrainerQueries>();
        services.AddScoped<SaveTrainerHandler>();
        services.AddScoped<CourseQueries>();
        services.AddScoped<CourseChecks>();
        services.AddScoped<SaveCourseHandler>();
        services.AddScoped<SessionScheduler>();
        services.AddScoped<CourseSteps>();
        services.AddScoped<CourseTrainerNames>();
        services.AddScoped<ICourseDirectory, CourseDirectory>();
        services.AddScoped<CourseCalendar>();
        services.AddScoped<AdvanceCourses>();
        services.AddScoped<CourseSeats>();
        services.AddScoped<EnrolmentQueries>();
        services.AddScoped<EnrolHandler>();
        services.AddScoped<EnrolmentSteps>();
        services.AddScoped<IFactFeed<EnrolmentFact>, EnrolmentFactFeed>();
        services.AddScoped<AttendanceBook>();
        services.AddScoped<AttendanceCsv>();
        services.AddSingleton<CheckInAttempts>();
        services.AddScoped<ExamResults>();
        services.AddScoped<IReminderSource, EnrolmentClosingReminders>();
        services.AddScoped<IReminderSource, CourseStartingReminders>();
        services.AddScoped<IReminderSource, CourseUnderFilledReminders>();
        services.AddScoped<IReminderSource, ScoresUnpublishedReminders>();
        services.AddScoped<IReminderSource, RetakeWindowReminders>();
        services.AddScoped<IReminderSource, CourseCancelledReminders>();
        services.AddRecurringJob<AdvanceCoursesJob>(AdvanceCoursesJob.Id, AdvanceCoursesJob.Cron);

        services.AddValidatorsFromAssemblyContaining<TrainingModule>(includeInternalTypes: true);
        services.AddScoped<DemoTraining>();
        services.AddScoped<IDataSeedContributor, TrainingSeeder>();
        services.AddSingleton(new LocalizationResource(typeof(TrainingModule).Assembly));
        services.AddSingleton<IPermissionDefinitionProvider, TrainingPermissionDefinitions>();
    }

    public void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.ConfigureTraining();

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => TrainingEndpoints.Map(endpoints);
}
