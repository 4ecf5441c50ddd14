namespace Cqo.Benchmarks.Startup;

/// <summary>How to start one subject: its dll, optional content root, and extra environment.</summary>
internal sealed record ChildApp(
    string Dll,
    string WorkingDirectory,
    string? ContentRoot,
    IReadOnlyDictionary<string, string> Environment);
