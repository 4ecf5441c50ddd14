using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace Cqo.IntegrationTests.Infrastructure;

/// <summary>Keeps every log event the host writes, picked up by the host's <c>ReadFrom.Services</c>.</summary>
public sealed class CollectingLogSink : ILogEventSink
{
    public ConcurrentQueue<LogEvent> Events { get; } = new();

    public void Emit(LogEvent logEvent) => Events.Enqueue(logEvent);
}
