using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace CityCrm.City311.Tests.Fuzzing;

/// <summary>
/// Slowloris over a real socket to real Kestrel: headers or a body dribbled a byte at a time are cut off by the
/// header timeout and the minimum body rate (set to 2 s of grace in the test host), and others are served meanwhile.
/// </summary>
[Collection(FuzzCollection.Name)]
public sealed class SlowClientTests(FuzzHost host)
{
    [Fact]
    public async Task SlowHeaders_NeverFinished_ConnectionCutOff()
    {
        var cut = await DribbleAsync("GET /health/live HTTP/1.1\r\nHost: localhost\r\n", "X-Slow: 1\r\n");

        Assert.True(cut.Ended, "The server still waited for headers after " + FuzzRun.HangBound.TotalSeconds + " s");
        Assert.False(cut.Status >= 500, $"Answered {cut.Status}");
    }

    [Fact]
    public async Task SlowBody_BelowTheMinimumRate_ConnectionCutOff()
    {
        var head = "POST /v3/directline/tokens/generate HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
            + $"Authorization: Bearer {FuzzHost.DirectLineSecret}\r\nContent-Length: 100000\r\n\r\n{{\"user\":{{\"id\":\"";

        var cut = await DribbleAsync(head, "a");

        Assert.True(cut.Ended, "The server still read the body after " + FuzzRun.HangBound.TotalSeconds + " s");
        Assert.False(cut.Status >= 500, $"Answered {cut.Status}");
    }

    // Sends the head, then one piece every 300 ms (far below any minimum rate) while another client is served; stops
    // when the server answers or closes, or at the hang bound.
    private async Task<(bool Ended, int? Status)> DribbleAsync(string head, string piece)
    {
        var address = host.CreateClient().BaseAddress!;
        using var socket = new TcpClient();
        await socket.ConnectAsync(address.Host, address.Port);
        var stream = socket.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        var buffer = new byte[1024];
        var read = stream.ReadAsync(buffer).AsTask();
        var clock = Stopwatch.StartNew();
        var servedOthers = false;
        while (!read.IsCompleted && clock.Elapsed < FuzzRun.HangBound)
        {
            try
            {
                await stream.WriteAsync(Encoding.ASCII.GetBytes(piece));
            }
            catch (IOException)
            {
                break;
            }
            if (!servedOthers)
            {
                await FuzzChecks.StillServesAsync(host);
                servedOthers = true;
            }
            await Task.WhenAny(read, Task.Delay(300));
        }
        await Task.WhenAny(read, Task.Delay(TimeSpan.FromSeconds(2)));
        if (!read.IsCompleted)
            return (false, null);
        var count = read.IsCompletedSuccessfully ? read.Result : 0;
        var text = Encoding.ASCII.GetString(buffer, 0, count);
        int? status = text.StartsWith("HTTP/1.1 ", StringComparison.Ordinal) && int.TryParse(text.AsSpan(9, 3), out var code) ? code : null;
        return (true, status);
    }
}
