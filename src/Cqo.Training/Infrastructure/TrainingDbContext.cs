using Cqo.Platform.Persistence;
using Cqo.Training.Domain;
using Microsoft.EntityFrameworkCore;

namespace Cqo.Training.Infrastructure;

internal sealed class TrainingDbContext(DbContextOptions<TrainingDbContext> options) : CqoDbContext(options)
{
    public DbSet<Provider> Providers => Set<Provider>();

    public DbSet<Trainer> Trainers => Set<Trainer>();

    public DbSet<Course> Courses => Set<Course>();

    public DbSet<Enrolment> Enrolments => Set<Enrolment>();

    protected override void ConfigureModel(ModelBuilder modelBuilder) => modelBuilder.ConfigureTraining();
}
