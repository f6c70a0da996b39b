using System.Net;
using System.Net.Sockets;
using System.Text;

namespace CityCrm.Channels.Email.Tests.Support;

/// <summary>
/// A tiny SMTP listener standing in for a remote server that refuses one recipient (maildev accepts everything):
/// it answers <see cref="RefusalReply"/> to RCPT TO for <see cref="RefusedAddress"/> and accepts the rest, and counts connections.
/// </summary>
public sealed class RefusingSmtpServer : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;
    private int connections;

    public RefusingSmtpServer(string refusedAddress, string refusalReply)
    {
        RefusedAddress = refusedAddress;
        RefusalReply = refusalReply;
        listener.Start();
        loop = Task.Run(AcceptAsync);
    }

    public string RefusedAddress { get; }

    public string RefusalReply { get; }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    public int Connections => Volatile.Read(ref connections);

    /// <summary>How many messages it accepted (DATA completed).</summary>
    public int Accepted { get; private set; }

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await listener.AcceptTcpClientAsync(stop.Token); }
            catch (OperationCanceledException) { return; }
            Interlocked.Increment(ref connections);
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.ASCII);
            await using var writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\r\n", AutoFlush = true };
            await writer.WriteLineAsync("220 refusing.test ESMTP");
            while (await reader.ReadLineAsync(stop.Token) is { } line)
            {
                var command = line.ToUpperInvariant();
                if (command.StartsWith("EHLO"))
                    await writer.WriteLineAsync("250-refusing.test\r\n250 8BITMIME");
                else if (command.StartsWith("RCPT TO:"))
                    await writer.WriteLineAsync(line.Contains(RefusedAddress, StringComparison.OrdinalIgnoreCase) ? RefusalReply : "250 2.1.5 Ok");
                else if (command == "DATA")
                {
                    await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                    while (await reader.ReadLineAsync(stop.Token) is { } data && data != ".") { }
                    Accepted++;
                    await writer.WriteLineAsync("250 2.0.0 Ok: queued");
                }
                else if (command == "QUIT")
                {
                    await writer.WriteLineAsync("221 2.0.0 Bye");
                    return;
                }
                else
                    await writer.WriteLineAsync(command.StartsWith("RSET") || command.StartsWith("MAIL FROM:") || command.StartsWith("HELO") || command == "NOOP"
                        ? "250 2.0.0 Ok" : "502 5.5.2 Command not recognized");
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        await loop;
        stop.Dispose();
    }
}
