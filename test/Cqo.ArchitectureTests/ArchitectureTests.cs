using System.Reflection;
using Cqo.ArchitectureTests.Violations;
using Cqo.Migrations;
using Cqo.Platform.Modules;
using Cqo.SharedKernel.Domain;

namespace Cqo.ArchitectureTests;

public sealed class ArchitectureTests
{
    private static readonly ModuleAssembly s_violations = new("Violations", typeof(PublicHandler).Assembly);

    /// <summary>Every module the platform runs, taken from the same list the host uses.</summary>
    public static TheoryData<ModuleAssembly> Modules => [.. CqoModules.All.Select(m => m.GetType().Assembly).Select(a => new ModuleAssembly(a.GetName().Name!["Cqo.".Length..], a))];

    /// <summary>Modules, their Contracts and the kernel: everything under src/.</summary>
    public static TheoryData<string> SourceAssemblies => [.. SourceAssemblyList().Select(a => a.GetName().Name!)];

    [Theory]
    [MemberData(nameof(Modules))]
    public void Modules_reach_other_modules_only_through_contracts(ModuleAssembly module) =>
        ArchitectureRules.ForeignModuleReferences(module).ShouldBeEmpty();

    [Fact]
    public void Reaching_into_another_module_is_caught() =>
        ArchitectureRules.ForeignModuleReferences(s_violations).ShouldBe(["Cqo.Reference"]);

    [Theory]
    [MemberData(nameof(Modules))]
    public void Modules_are_internal_but_for_registration_model_and_jobs(ModuleAssembly module) =>
        ArchitectureRules.PublicTypesBeyondTheSurface(module).ShouldBeEmpty();

    [Fact]
    public void A_public_module_type_is_caught() =>
        ArchitectureRules.PublicTypesBeyondTheSurface(s_violations).ShouldBe(["Cqo.ArchitectureTests.Violations.PublicHandler"]);

    [Theory]
    [MemberData(nameof(SourceAssemblies))]
    public void Concrete_classes_are_sealed(string assembly) =>
        ArchitectureRules.UnsealedClasses(Load(assembly)).ShouldBeEmpty();

    [Fact]
    public void An_unsealed_class_is_caught() =>
        ArchitectureRules.UnsealedClasses(s_violations.Assembly).ShouldBe(["Cqo.ArchitectureTests.Violations.UnsealedHandler"]);

    [Theory]
    [MemberData(nameof(SourceAssemblies))]
    public void Only_jobs_use_Hangfire(string assembly) =>
        ArchitectureRules.HangfireOutsideJobs(Load(assembly)).ShouldBeEmpty();

    [Fact]
    public void Hangfire_outside_jobs_is_caught() =>
        ArchitectureRules.HangfireOutsideJobs(s_violations.Assembly).ShouldBe(["Cqo.ArchitectureTests.Violations.EnqueuesOutsideJobs"]);

    [Fact]
    public void The_kernel_knows_no_module()
    {
        typeof(Entity).Assembly.GetReferencedAssemblies().ShouldNotContain(a => a.Name!.StartsWith("Cqo.", StringComparison.Ordinal));
        typeof(ICqoModule).Assembly.GetReferencedAssemblies().Select(a => a.Name).Where(n => n!.StartsWith("Cqo.", StringComparison.Ordinal))
            .ShouldBe(["Cqo.SharedKernel"]);
    }

    private static IEnumerable<Assembly> SourceAssemblyList()
    {
        var modules = CqoModules.All.Select(m => m.GetType().Assembly).ToList();
        var contracts = modules.SelectMany(m => m.GetReferencedAssemblies()).Where(a => a.Name!.EndsWith(".Contracts", StringComparison.Ordinal)).Select(Assembly.Load);
        return [typeof(Entity).Assembly, typeof(ICqoModule).Assembly, .. modules, .. contracts.Distinct()];
    }

    private static Assembly Load(string name) => Assembly.Load(name);
}
