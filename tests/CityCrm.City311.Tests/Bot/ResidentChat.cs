using System.Text.Json.Nodes;
using CityCrm.City311.Tests.DirectLine;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CityCrm.City311.Tests.Bot;

/// <summary>
/// A resident on web chat: says something and waits for the bot's next reply, as Web Chat polling would. Linked into
/// the channel test projects that follow a web chat report onto their own channel.
/// </summary>
internal sealed class ResidentChat(DirectLineClient client, Started started)
{
    private long watermark;

    public Started Conversation => started;

    /// <summary>What an activity says.</summary>
    public static string Text(JsonNode activity) => activity["text"]!.GetValue<string>();

    public static async Task<ResidentChat> OpenAsync(WebApplicationFactory<Program> factory)
    {
        var client = new DirectLineClient(factory.CreateClient());
        var chat = new ResidentChat(client, await client.StartAsync());
        await chat.NextBotReplyAsync(); // the greeting
        return chat;
    }

    public async Task<JsonNode> SayAsync(string text)
    {
        var posted = await client.PostMessageAsync(started.ConversationId, started.Token, text, Guid.NewGuid().ToString());
        await DirectLineClient.ReadJsonAsync(posted);
        return await NextBotReplyAsync();
    }

    /// <summary>Posts a whole activity (entities, attachments) and waits for the bot's reply to it.</summary>
    public async Task<JsonNode> SendAsync(string activityJson)
    {
        await DirectLineClient.ReadJsonAsync(await client.PostActivityAsync(started.ConversationId, started.Token, activityJson));
        return await NextBotReplyAsync();
    }

    /// <summary>Polls until a bot message newer than the last one seen arrives; fails after 20 s.</summary>
    public async Task<JsonNode> NextBotReplyAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            var feed = await client.GetActivitiesAsync(started.ConversationId, started.Token, watermark.ToString());
            foreach (var activity in feed["activities"]!.AsArray())
            {
                watermark = long.Parse(activity!["id"]!.GetValue<string>().Split('|')[1]);
                if (activity["from"]!["role"]!.GetValue<string>() == "bot")
                    return activity;
            }
            await Task.Delay(50);
        }
        throw new TimeoutException($"No bot reply after watermark {watermark}");
    }
}
