using Cqo.SharedKernel.Seeding;

namespace Cqo.Training.Infrastructure.Seeding;

/// <summary>Training has no reference data of its own (the syllabus is Reference's); demo data on request.</summary>
internal sealed class TrainingSeeder(DemoTraining demo) : IDataSeedContributor
{
    // After the reference data (the syllabus the demo course covers).
    public int Order => 30;

    public async Task SeedAsync(SeedContext context, CancellationToken cancellationToken)
    {
        if (context.IncludeDemoData)
        {
            await demo.SeedAsync(cancellationToken);
        }
    }
}
