using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace CityCrm.EndToEnd.Tests.Crash;

/// <summary>
/// Drives one run phase against the host: every resident whose wave has come sends their next message once the one
/// before was acknowledged (re-posting one that was not, as Twilio and Web Chat do), and some acknowledged texts are
/// posted again, as Twilio retries when its answer is lost. Stops when told (after the kill) or when all is sent.
/// </summary>
public sealed class LoadDriver(CrashPlan plan, Uri host, int phase) : IDisposable
{
    private readonly HttpClient http = new() { BaseAddress = host, Timeout = TimeSpan.FromSeconds(20) };

    /// <summary>Acknowledged texts posted again in this phase (provider retries).</summary>
    public int Retried { get; private set; }

    public async Task RunAsync(CancellationToken stop)
    {
        var work = plan.Texters.Where(t => t.Wave <= phase && !t.Done).Select(t => TextAsync(t, stop))
            .Concat(plan.Chatters.Where(c => c.Wave <= phase && !c.Done).Select(c => ChatAsync(c, stop)))
            .Append(RetryAcknowledgedAsync(stop))
            .ToList();
        await Task.WhenAll(work);
    }

    private async Task TextAsync(ResidentScript texter, CancellationToken stop)
    {
        foreach (var message in texter.Messages)
        {
            while (!message.Acknowledged && !stop.IsCancellationRequested)
            {
                message.Record(await PostTextAsync(message, stop));
                await PauseAsync(message.Acknowledged ? plan.Next(150, 700) : 250, stop);
            }
        }
    }

    private async Task ChatAsync(ResidentScript chatter, CancellationToken stop)
    {
        while (!await StartChatAsync(chatter, stop) && !stop.IsCancellationRequested)
            await PauseAsync(250, stop);
        foreach (var message in chatter.Messages)
        {
            while (!message.Acknowledged && !stop.IsCancellationRequested)
            {
                message.Record(await PostChatAsync(chatter, message, stop));
                await PauseAsync(message.Acknowledged ? plan.Next(150, 700) : 250, stop);
            }
        }
    }

    // Some texts Twilio already had a 200 for come again with the same MessageSid.
    private async Task RetryAcknowledgedAsync(CancellationToken stop)
    {
        var again = plan.Texters.SelectMany(t => t.Messages).Where(m => m.Acknowledged).Where(_ => plan.Next(0, 100) < 15).ToList();
        foreach (var message in again)
        {
            await PauseAsync(plan.Next(50, 400), stop);
            if (stop.IsCancellationRequested)
                return;
            message.Record(await PostTextAsync(message, stop));
            Retried++;
        }
    }

    private async Task<bool> PostTextAsync(PlannedMessage message, CancellationToken stop)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/twilio/sms") { Content = new FormUrlEncodedContent(message.Fields) };
        request.Headers.Add("X-Twilio-Signature", message.Signature);
        return await SendAsync(request, stop) is { IsSuccessStatusCode: true };
    }

    private async Task<bool> StartChatAsync(ResidentScript chatter, CancellationToken stop)
    {
        if (chatter.Token is null)
        {
            using var issue = new HttpRequestMessage(HttpMethod.Post, "/webchat/token");
            using var issued = await SendAsync(issue, stop);
            if (issued is not { IsSuccessStatusCode: true })
                return false;
            var token = (await issued.Content.ReadFromJsonAsync<JsonObject>(stop))!;
            (chatter.Token, chatter.ConversationId, chatter.UserId) =
                (token["token"]!.GetValue<string>(), token["conversationId"]!.GetValue<string>(), token["userId"]!.GetValue<string>());
        }
        // Starting again with the same token is idempotent: it answers with the same conversation.
        using var start = new HttpRequestMessage(HttpMethod.Post, "/v3/directline/conversations");
        start.Headers.Authorization = new AuthenticationHeaderValue("Bearer", chatter.Token);
        using var started = await SendAsync(start, stop);
        return started is { IsSuccessStatusCode: true };
    }

    private async Task<bool> PostChatAsync(ResidentScript chatter, PlannedMessage message, CancellationToken stop)
    {
        var activity = new JsonObject
        {
            ["type"] = "message", ["text"] = message.Text, ["locale"] = "en-US", ["textFormat"] = "plain",
            ["from"] = new JsonObject { ["id"] = chatter.UserId, ["role"] = "user" },
            ["channelData"] = new JsonObject { ["clientActivityID"] = message.Key },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/v3/directline/conversations/{chatter.ConversationId}/activities")
        {
            Content = JsonContent.Create(activity),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", chatter.Token);
        return await SendAsync(request, stop) is { IsSuccessStatusCode: true };
    }

    // A killed host resets or refuses the connection: that is an unacknowledged post, not a test failure.
    private async Task<HttpResponseMessage?> SendAsync(HttpRequestMessage request, CancellationToken stop)
    {
        try
        {
            return await http.SendAsync(request, CancellationToken.None).WaitAsync(stop);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or OperationCanceledException)
        {
            return null;
        }
    }

    private static async Task PauseAsync(int milliseconds, CancellationToken stop) =>
        await Task.Delay(milliseconds, stop).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);

    public void Dispose() => http.Dispose();
}
