using System.Net;
using System.Net.Sockets;

namespace Cqo.Benchmarks.Infrastructure;

internal static class FreePort
{
    /// <summary>
    /// Asks the OS for an unused loopback port, so runs never collide with each other or with a host
    /// already running on 5080. The tiny race between Stop and the child binding is acceptable here.
    /// </summary>
    public static int Next()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }
}
