using System.Reflection;
using System.Runtime.CompilerServices;
using Cqo.Platform.Modules;
using NetArchTest.Rules;

namespace Cqo.ArchitectureTests;

/// <summary>
/// The rules of ARCHITECTURE.md as functions from an assembly to its violations, so that each rule
/// runs against the real modules (no violations) and against a deliberate violation (some).
/// </summary>
internal static class ArchitectureRules
{
    /// <summary>Shared building blocks every module may use; everything else named Cqo.* is a module.</summary>
    private static readonly HashSet<string> s_kernel = ["Cqo.SharedKernel", "Cqo.Platform"];

    /// <summary>Rule 2: a module uses other modules only through their Contracts assemblies.</summary>
    public static IReadOnlyList<string> ForeignModuleReferences(ModuleAssembly module) =>
        [.. module.Assembly.GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(name => name.StartsWith("Cqo.", StringComparison.Ordinal) && !s_kernel.Contains(name))
            .Where(name => !name.EndsWith(".Contracts", StringComparison.Ordinal))
            .Where(name => name != $"Cqo.{module.Name}")];

    /// <summary>Rule 1: public only the registration, the ModelBuilder extension and the jobs.</summary>
    public static IReadOnlyList<string> PublicTypesBeyondTheSurface(ModuleAssembly module) =>
        [.. module.Assembly.GetExportedTypes()
            .Where(t => !typeof(ICqoModule).IsAssignableFrom(t))
            .Where(t => !t.Name.EndsWith("ModelBuilderExtensions", StringComparison.Ordinal))
            .Where(t => t.Namespace?.EndsWith(".Jobs", StringComparison.Ordinal) != true)
            .Select(t => t.FullName!)];

    /// <summary>Rule 1: concrete classes are sealed.</summary>
    public static IReadOnlyList<string> UnsealedClasses(Assembly assembly) =>
        Failing(Types.InAssembly(assembly).That().AreClasses().And().AreNotAbstract().Should().BeSealed())
            .Where(name => !IsCompilerGenerated(assembly, name))
            .ToList();

    /// <summary>Rule 6: only job classes (namespace <c>*.Jobs</c>) use Hangfire; the host is not checked.</summary>
    public static IReadOnlyList<string> HangfireOutsideJobs(Assembly assembly) =>
        Failing(Types.InAssembly(assembly).That().DoNotResideInNamespaceMatching(@"\.Jobs$").ShouldNot().HaveDependencyOn("Hangfire"));

    private static IReadOnlyList<string> Failing(ConditionList condition) =>
        [.. condition.GetResult().FailingTypeNames ?? []];

    private static bool IsCompilerGenerated(Assembly assembly, string fullName) =>
        fullName.Contains('<') || assembly.GetType(fullName.Replace('/', '+'))?.IsDefined(typeof(CompilerGeneratedAttribute)) == true;
}
