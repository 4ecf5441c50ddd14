using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Cqo.Benchmarks.Infrastructure;

namespace Cqo.Benchmarks.Notifications;

/// <summary>
/// A real SMTP server on loopback that accepts every mail and keeps none: Debian's python3-aiosmtpd with its
/// <c>Sink</c> handler, as the integration tests start it (with a Maildir there). Both subjects send to it.
/// </summary>
internal sealed class SmtpSink : IAsyncDisposable
{
    public const string Python = "/usr/bin/python3";

    private readonly Process _server;

    private SmtpSink(Process server, int port)
    {
        _server = server;
        Port = port;
    }

    public int Port { get; }

    /// <summary>Starts the server and waits until it listens; null (with the reason) when aiosmtpd is not installed.</summary>
    public static async Task<(SmtpSink? Sink, string? Missing)> StartAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(Python))
        {
            return (null, $"{Python} is not installed");
        }

        var port = FreePort.Next();
        var server = Process.Start(new ProcessStartInfo(Python, ["-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{port}", "-c", "aiosmtpd.handlers.Sink"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new BenchmarkFailedException($"{Python} -m aiosmtpd did not start.");
        for (var i = 0; i < 100; i++)
        {
            if (server.HasExited)
            {
                var error = await server.StandardError.ReadToEndAsync(cancellationToken);
                server.Dispose();
                return (null, $"`{Python} -m aiosmtpd` exited ({error.Trim()}): the Debian package python3-aiosmtpd is needed");
            }

            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
                return (new SmtpSink(server, port), null);
            }
            catch (SocketException)
            {
                await Task.Delay(100, cancellationToken);
            }
        }

        server.Kill(entireProcessTree: true);
        server.Dispose();
        throw new BenchmarkFailedException($"aiosmtpd did not listen on port {port} within 10 s.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_server.HasExited)
        {
            _server.Kill(entireProcessTree: true);
            await _server.WaitForExitAsync();
        }

        _server.Dispose();
    }
}
