using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace CityCrm.InboundBench;

/// <summary>
/// Sends residents' messages to one server as the providers do: Twilio SMS webhooks (signed with the number's auth
/// token over the public URL) and Direct Line activities (each web chat conversation with its own token).
/// Sender <c>n</c> is always the same resident: an even <c>n</c> texts from a phone number, an odd one writes in web chat.
/// </summary>
internal sealed class InboundTarget(HttpClient http, IReadOnlyList<string> questions)
{
    public const string PublicBaseUrl = "https://311.riverton.example";
    private const string OurNumber = "+15555550311";
    private const string AccountSid = "AC00000000000000000000000000000311";
    private const string AuthToken = "change-me-riverton-demo-auth-token";
    private const string DirectLineSecret = "riverton-demo-directline-secret-change-me";

    private readonly Dictionary<int, (string Id, string Token)> chats = [];
    private long sequence;

    /// <summary>The phone number sender <paramref name="n"/> texts from.</summary>
    public static string PhoneOf(int n) => string.Create(CultureInfo.InvariantCulture, $"+1617{n % 10_000_000:D7}");

    /// <summary>Senders from here on all text (the memory figure's many new residents).</summary>
    public const int TextersFrom = 10_000_000;

    public static bool IsSms(int n) => n >= TextersFrom || n % 2 == 0;

    /// <summary>Starts the web chat conversations of the odd senders below <paramref name="senders"/> (real ones, or made-up ids for the floor).</summary>
    public async Task OpenChatsAsync(int senders, bool real, CancellationToken cancellationToken)
    {
        var odd = Enumerable.Range(0, senders).Where(n => !IsSms(n)).ToList();
        foreach (var chunk in odd.Chunk(16))
        {
            var opened = await Task.WhenAll(chunk.Select(n => real ? StartAsync(cancellationToken) : Task.FromResult(($"noop-{n}", "noop"))));
            for (var i = 0; i < chunk.Length; i++)
                chats[chunk[i]] = opened[i];
        }
    }

    /// <summary>Sends sender <paramref name="n"/>'s next message; true when the server acknowledged it.</summary>
    public async Task<bool> SendAsync(int n, CancellationToken cancellationToken)
    {
        var seq = Interlocked.Increment(ref sequence);
        var text = questions[(int)(seq % questions.Count)];
        using var request = IsSms(n) ? Sms(n, seq, text) : WebChat(n, text);
        using var response = await http.SendAsync(request, cancellationToken);
        await response.Content.ReadAsByteArrayAsync(cancellationToken);
        return response.IsSuccessStatusCode;
    }

    private async Task<(string, string)> StartAsync(CancellationToken cancellationToken)
    {
        using var start = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations");
        start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", DirectLineSecret);
        using var started = await http.SendAsync(start, cancellationToken);
        started.EnsureSuccessStatusCode();
        var conversation = await started.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        return (conversation.GetProperty("conversationId").GetString()!, conversation.GetProperty("token").GetString()!);
    }

    private HttpRequestMessage WebChat(int n, string text)
    {
        var (id, token) = chats[n];
        var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{id}/activities")
        {
            Content = JsonContent.Create(new { type = "message", from = new { id = $"bench-resident-{n}", role = "user" }, text, locale = "en-US" }),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }

    private static HttpRequestMessage Sms(int n, long seq, string text)
    {
        var fields = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["AccountSid"] = AccountSid,
            ["Body"] = text,
            ["From"] = PhoneOf(n),
            ["MessageSid"] = string.Create(CultureInfo.InvariantCulture, $"SMbench{Environment.ProcessId:D8}{seq:D18}"),
            ["NumMedia"] = "0",
            ["To"] = OurNumber,
        };
        var request = new HttpRequestMessage(HttpMethod.Post, "/twilio/sms") { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add("X-Twilio-Signature", Signature(PublicBaseUrl + "/twilio/sms", fields));
        return request;
    }

    // Twilio's scheme: HMAC-SHA1 with the auth token over the URL followed by every parameter's name and value, sorted by name.
    private static string Signature(string url, SortedDictionary<string, string> fields)
    {
        var data = new StringBuilder(url);
        foreach (var (key, value) in fields)
            data.Append(key).Append(value);
        return Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(AuthToken), Encoding.UTF8.GetBytes(data.ToString())));
    }
}
