using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;

namespace CityCrm.City311.Tests.DirectLine;

/// <summary>Reads a Direct Line stream's frames as the official client does.</summary>
internal static class StreamFrames
{
    public static async Task<JsonNode> NextActivityAsync(WebSocket socket, Func<JsonNode, bool> match)
    {
        while (true)
        {
            if ((await NextFrameAsync(socket)).FirstOrDefault(match) is { } found)
                return found;
        }
    }

    /// <summary>The activities of the next frame; the guard only keeps a broken stream from hanging the run.</summary>
    public static async Task<List<JsonNode>> NextFrameAsync(WebSocket socket)
    {
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var buffer = new byte[64 * 1024];
        using var text = new MemoryStream();
        WebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer, guard.Token);
            text.Write(buffer, 0, result.Count);
        }
        while (!result.EndOfMessage);
        var frame = JsonNode.Parse(Encoding.UTF8.GetString(text.ToArray()))!;
        Assert.NotNull(frame["watermark"]);
        return frame["activities"]!.AsArray().Select(a => a!).ToList();
    }
}
