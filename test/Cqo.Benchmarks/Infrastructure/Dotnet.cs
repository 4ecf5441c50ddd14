namespace Cqo.Benchmarks.Infrastructure;

/// <summary>The dotnet executable used for child builds and apps.</summary>
internal static class Dotnet
{
    /// <summary>
    /// The SDK sets DOTNET_HOST_PATH for what it launches, so children use the same dotnet as
    /// <c>dotnet run</c> did (this process runs under an apphost, so its own path is no help).
    /// </summary>
    public static string Executable { get; } =
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path && File.Exists(path) ? path : "dotnet";
}
