namespace Cqo.Benchmarks.Startup;

/// <summary>One measured start: time to the first healthy answer, memory then and after settling.</summary>
internal sealed record StartupSample(TimeSpan TimeToHealthy, MemorySnapshot AtHealthy, MemorySnapshot Settled);
