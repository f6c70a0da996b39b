using CityCrm.Conversations.Events;
using CityCrm.Conversations.Model;

namespace CityCrm.Conversations.Tests.Model;

public sealed class ConversationTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    private static Conversation New() => new("c1", new Inbox("web", "webchat", "Web"), "contact1", "dl_1", Now);

    [Fact]
    public void RequestHandoff_BotOwned_QueuesAndRaisesEvent()
    {
        var conversation = New();

        conversation.RequestHandoff("asked", Now);

        Assert.Equal(ConversationStatus.Queued, conversation.Status);
        Assert.Equal(Now, conversation.QueuedAt);
        var queued = Assert.IsType<ConversationQueued>(Assert.Single(conversation.Events));
        Assert.Equal("c1", queued.ConversationId);
    }

    [Fact]
    public void RequestHandoff_AlreadyQueued_Throws()
    {
        var conversation = New();
        conversation.RequestHandoff("asked", Now);

        Assert.Throws<InvalidTransitionException>(() => conversation.RequestHandoff("again", Now));
    }

    [Fact]
    public void Assign_BotOwned_Throws()
    {
        Assert.Throws<InvalidTransitionException>(() => New().Assign("agent1", Now));
    }

    [Fact]
    public void Assign_Queued_AssignsAgentAndRaisesEvent()
    {
        var conversation = New();
        conversation.RequestHandoff("asked", Now);

        conversation.Assign("agent1", Now);

        Assert.Equal(ConversationStatus.Assigned, conversation.Status);
        Assert.Equal("agent1", conversation.AssigneeId);
        Assert.IsType<ConversationAssigned>(conversation.Events[^1]);
    }

    [Fact]
    public void Resolve_Twice_SecondThrows()
    {
        var conversation = New();
        conversation.Resolve("agent1", Now);

        Assert.Throws<InvalidTransitionException>(() => conversation.Resolve("agent1", Now));
        Assert.Single(conversation.Events);
    }

    [Fact]
    public void Reopen_Resolved_ReturnsToBotAndClearsAssignment()
    {
        var conversation = New();
        conversation.RequestHandoff("asked", Now);
        conversation.Assign("agent1", Now);
        conversation.Resolve("agent1", Now);

        conversation.Reopen(Now.AddHours(1));

        Assert.Equal(ConversationStatus.BotOwned, conversation.Status);
        Assert.Null(conversation.AssigneeId);
        Assert.IsType<ConversationReopened>(conversation.Events[^1]);
    }

    [Fact]
    public void Reopen_NotResolved_Throws()
    {
        Assert.Throws<InvalidTransitionException>(() => New().Reopen(Now));
    }

    [Fact]
    public void Restore_Snapshot_RoundTripsWithoutEvents()
    {
        var conversation = New();
        conversation.RequestHandoff("asked", Now);
        conversation.BotState = "{}";

        var restored = Conversation.Restore(conversation.ToSnapshot());

        Assert.Equal(conversation.ToSnapshot(), restored.ToSnapshot());
        Assert.Empty(restored.Events);
    }
}
