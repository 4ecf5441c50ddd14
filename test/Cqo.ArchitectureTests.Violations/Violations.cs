using Cqo.Reference;
using Hangfire;

namespace Cqo.ArchitectureTests.Violations;

/// <summary>Breaks "internal by default": a module type that is neither registration, model nor job.</summary>
public sealed class PublicHandler;

/// <summary>Breaks "sealed by default".</summary>
internal class UnsealedHandler;

/// <summary>Breaks "modules talk only through Contracts": reaches into another module's assembly.</summary>
internal sealed class ReachesIntoAnotherModule
{
    public Type Target { get; } = typeof(ReferenceModule);
}

/// <summary>Breaks "only Jobs and the host use Hangfire".</summary>
internal sealed class EnqueuesOutsideJobs(IBackgroundJobClient jobs)
{
    public IBackgroundJobClient Jobs { get; } = jobs;
}
