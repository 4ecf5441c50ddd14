using System.Reflection;

namespace Cqo.ArchitectureTests;

/// <summary>A module's assembly and its name, e.g. <c>Cqo.Reference</c> → <c>Reference</c>.</summary>
public sealed record ModuleAssembly(string Name, Assembly Assembly)
{
    public override string ToString() => Name;
}
