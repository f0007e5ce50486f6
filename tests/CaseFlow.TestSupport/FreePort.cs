using System.Net;
using System.Net.Sockets;

namespace CaseFlow.TestSupport;

/// <summary>A loopback port nobody listens on right now, for a server started in its own process.</summary>
public static class FreePort
{
    public static int Next()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
