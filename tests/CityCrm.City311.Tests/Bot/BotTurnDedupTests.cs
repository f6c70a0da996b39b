using CityCrm.Conversations.Bot;
using CityCrm.Conversations.Model;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.City311.Tests.Bot;

public sealed class BotTurnDedupTests(CityAppFactory factory) : IClassFixture<CityAppFactory>
{
    [Fact]
    public async Task Worker_SameTurnQueuedTwice_AnswersOnce()
    {
        var chat = await ResidentChat.OpenAsync(factory);
        await chat.SayAsync("when is my recycling picked up?");
        var store = factory.Services.GetRequiredService<IConversationStore>();
        var conversationId = chat.Conversation.ConversationId;
        var question = (await store.GetMessagesAsync(conversationId, 0, 100, CancellationToken.None)).Single(m => m.Direction == MessageDirection.Incoming);

        // The same turn again (as the start-up scan could queue it), then a new message: turns run in order,
        // so once the new message is answered the duplicate has had its chance to answer too.
        factory.Services.GetRequiredService<IBotTurnQueue>().Enqueue(new BotTurnRequest(conversationId, question.Sequence));
        await chat.SayAsync("thanks");

        var transcript = await store.GetMessagesAsync(conversationId, 0, 100, CancellationToken.None);
        var answersToQuestion = transcript.Count(m => m.AuthorKind == AuthorKind.Bot && m.Text!.Contains("/kb/recycling-pickup"));
        Assert.Equal(1, answersToQuestion);
    }
}
