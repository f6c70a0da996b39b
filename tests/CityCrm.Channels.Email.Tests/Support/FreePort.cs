using System.Net;
using System.Net.Sockets;

namespace CityCrm.Channels.Email.Tests.Support;

/// <summary>A local TCP port nothing listens on at the moment it is picked.</summary>
public static class FreePort
{
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
