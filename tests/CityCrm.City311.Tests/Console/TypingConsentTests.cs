using CityCrm.City311.Tests.Agents;
using CityCrm.Conversations.Contacts.Consent;
using CityCrm.Conversations.Model;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.City311.Tests.Console;

/// <summary>An agent's typing reaches a resident's Web Chat only where the resident has not opted out.</summary>
public sealed class TypingConsentTests(AgentAppFactory factory) : IClassFixture<AgentAppFactory>
{
    [Theory]
    [InlineData(ConsentRecord.Any)]
    [InlineData("webchat")]
    public async Task Typing_ResidentOptedOut_NoTypingActivityOnTheStreamButColleagueIsTold(string channel)
    {
        await using var scene = await TypingScene.OpenAsync(factory);
        await RecordAsync(scene.Chat.ConversationId, channel, optedIn: false, DateTimeOffset.UtcNow.AddMinutes(-1));

        await scene.TypeAsync();

        Assert.Equal("agent", (await scene.ColleagueToldAsync()).Author);
        // The stream keeps order: a typing activity sent for the keystroke would come before the resident's next message.
        (await scene.Client.PostMessageAsync(scene.Chat.ConversationId, scene.Chat.Token, "are you there?")).EnsureSuccessStatusCode();
        var next = await scene.NextTypingOrEchoAsync("are you there?");
        Assert.Equal("message", next["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task Typing_ResidentOptedOutThenBackIn_ResidentSeesTyping()
    {
        await using var scene = await TypingScene.OpenAsync(factory);
        await RecordAsync(scene.Chat.ConversationId, ConsentRecord.Any, optedIn: false, DateTimeOffset.UtcNow.AddMinutes(-2));
        await RecordAsync(scene.Chat.ConversationId, ConsentRecord.Any, optedIn: true, DateTimeOffset.UtcNow.AddMinutes(-1));

        await scene.TypeAsync();

        (await scene.Client.PostMessageAsync(scene.Chat.ConversationId, scene.Chat.Token, "hello?")).EnsureSuccessStatusCode();
        var next = await scene.NextTypingOrEchoAsync("hello?");
        Assert.Equal("typing", next["type"]!.GetValue<string>());
        Assert.Equal("Alex Agent", next["from"]!["name"]!.GetValue<string>());
    }

    private async Task RecordAsync(string conversationId, string channel, bool optedIn, DateTimeOffset at)
    {
        var conversation = await factory.Services.GetRequiredService<IConversationStore>().GetAsync(conversationId, CancellationToken.None);
        await factory.Services.GetRequiredService<IContactConsentStore>().RecordAsync(
            new ConsentRecord(conversation!.ContactId, channel, ConsentRecord.Any, optedIn, at, "agent:alex", optedIn ? "Messages welcome." : "No messages."),
            CancellationToken.None);
    }
}
