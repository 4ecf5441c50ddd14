using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Cqo.IntegrationTests.Infrastructure;

/// <summary>
/// A real HTTP server on loopback standing in for a group-chat robot: it records every request and
/// answers with what the test sets (the robots answer 200 with an error code of their own).
/// </summary>
public sealed class HttpSink : IAsyncDisposable
{
    private readonly WebApplication _app;

    private HttpSink(WebApplication app) => _app = app;

    public ConcurrentQueue<ReceivedRequest> Requests { get; } = new();

    /// <summary>The status and body the next requests get.</summary>
    public (int Status, string Body) Answer { get; set; } = (200, """{"errcode":0,"errmsg":"ok"}""");

    public string BaseUrl => _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    public static async Task<HttpSink> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var sink = new HttpSink(app);
        app.Run(async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            sink.Requests.Enqueue(new ReceivedRequest(context.Request.Path, context.Request.QueryString.Value ?? "", await reader.ReadToEndAsync()));
            context.Response.StatusCode = sink.Answer.Status;
            await context.Response.WriteAsync(sink.Answer.Body);
        });
        await app.StartAsync();
        return sink;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

public sealed record ReceivedRequest(string Path, string Query, string Body);
