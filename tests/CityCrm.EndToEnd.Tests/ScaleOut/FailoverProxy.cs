using System.Net;
using System.Net.Sockets;

namespace CityCrm.EndToEnd.Tests.ScaleOut;

/// <summary>
/// A load balancer in front of several nodes at the TCP level (HTTP and WebSockets alike): each new client connection
/// goes to the first node that accepts it, so while node A lives everything goes to A, and once A is dead its clients'
/// reconnections land on B. Bytes are copied both ways until either side closes.
/// </summary>
public sealed class FailoverProxy : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly IReadOnlyList<Uri> nodes;
    private readonly CancellationTokenSource stopping = new();
    private readonly Task accepting;

    public FailoverProxy(params Uri[] nodes)
    {
        this.nodes = nodes;
        listener.Start();
        BaseUri = new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}");
        accepting = AcceptAsync();
    }

    public Uri BaseUri { get; }

    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync();
        listener.Stop();
        await accepting.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
    }

    private async Task AcceptAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stopping.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }
            _ = ServeAsync(client);
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            using var node = await ConnectToFirstLiveNodeAsync();
            if (node is null)
                return;
            var toNode = client.GetStream().CopyToAsync(node.GetStream(), stopping.Token);
            var toClient = node.GetStream().CopyToAsync(client.GetStream(), stopping.Token);
            // Either side closing or failing ends the pair, as a dead node's connections end at a real balancer.
            await Task.WhenAny(toNode, toClient);
        }
    }

    private async Task<TcpClient?> ConnectToFirstLiveNodeAsync()
    {
        foreach (var uri in nodes)
        {
            var node = new TcpClient();
            try
            {
                await node.ConnectAsync(uri.Host, uri.Port, stopping.Token);
                return node;
            }
            catch (Exception ex) when (ex is SocketException or OperationCanceledException)
            {
                node.Dispose();
            }
        }
        return null;
    }
}
