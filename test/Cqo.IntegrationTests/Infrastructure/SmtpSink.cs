using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace Cqo.IntegrationTests.Infrastructure;

/// <summary>
/// A real SMTP server on loopback: Debian's python3-aiosmtpd, saving every mail it accepts to a
/// Maildir, so tests count and read what the platform actually sent. It can be stopped and started
/// again on the same port, as an outage would.
/// </summary>
public sealed class SmtpSink : IDisposable
{
    private const string Python = "/usr/bin/python3";
    private readonly string _folder = Directory.CreateTempSubdirectory("cqo-mail-").FullName;
    private Process? _server;

    private SmtpSink(int port) => Port = port;

    /// <summary>Python's Maildir creates its tmp/new/cur folders only when it creates the Maildir itself.</summary>
    private string Maildir => Path.Combine(_folder, "maildir");

    public int Port { get; }

    public static async Task<SmtpSink> StartAsync(int? port = null)
    {
        var sink = new SmtpSink(port ?? LoopbackPort.Free());
        await sink.StartAsync();
        return sink;
    }

    public async Task StartAsync()
    {
        _server = Process.Start(new ProcessStartInfo(Python, ["-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", "-c", "aiosmtpd.handlers.Mailbox", Maildir])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        }) ?? throw new InvalidOperationException($"{Python} -m aiosmtpd did not start (Debian package python3-aiosmtpd).");
        for (var i = 0; i < 100; i++)
        {
            if (_server.HasExited)
            {
                throw new InvalidOperationException($"aiosmtpd exited: {await _server.StandardError.ReadToEndAsync()} (is python3-aiosmtpd installed?)");
            }

            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException($"aiosmtpd did not listen on port {Port}.");
    }

    /// <summary>Takes the server down, as an outage would; mails already received stay.</summary>
    public async Task StopAsync()
    {
        if (_server is { HasExited: false })
        {
            _server.Kill(entireProcessTree: true);
            await _server.WaitForExitAsync();
        }

        _server?.Dispose();
        _server = null;
    }

    /// <summary>Every mail received so far, in the order of their Date headers (the host's clock).</summary>
    public IReadOnlyList<MimeMessage> Messages()
    {
        var received = Path.Combine(Maildir, "new");
        return Directory.Exists(received)
            ? [.. Directory.GetFiles(received).Select(f => MimeMessage.Load(f)).OrderBy(m => m.Date)]
            : [];
    }

    /// <summary>The mails received so far addressed to <paramref name="address"/>.</summary>
    public IReadOnlyList<MimeMessage> To(string address) =>
        [.. Messages().Where(m => m.To.Mailboxes.Any(x => string.Equals(x.Address, address, StringComparison.OrdinalIgnoreCase)))];

    public void Dispose()
    {
        StopAsync().GetAwaiter().GetResult();
        Directory.Delete(_folder, recursive: true);
    }
}
