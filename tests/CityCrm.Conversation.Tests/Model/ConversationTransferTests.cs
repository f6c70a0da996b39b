using CityCrm.Conversations.Events;
using CityCrm.Conversations.Model;

namespace CityCrm.Conversations.Tests.Model;

public sealed class ConversationTransferTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    private static Conversation Assigned(string agentId = "agent1")
    {
        var conversation = new Conversation("c1", new Inbox("web", "webchat", "Web"), "contact1", "dl_1", Now);
        conversation.RequestHandoff("asked", Now, "general/es");
        conversation.Assign(agentId, Now.AddMinutes(1));
        conversation.ClearEvents();
        return conversation;
    }

    [Fact]
    public void RequestHandoff_WithQueue_RecordsIt()
    {
        var conversation = new Conversation("c1", new Inbox("web", "webchat", "Web"), "contact1", "dl_1", Now);

        conversation.RequestHandoff("asked", Now, "public-works/en");

        Assert.Equal("public-works/en", conversation.Queue);
    }

    [Fact]
    public void TransferToAgent_Assigned_ChangesAssigneeAndRaisesTransferAndAssignment()
    {
        var conversation = Assigned();

        conversation.TransferToAgent("agent2", "agent1", Now.AddMinutes(2));

        Assert.Equal(ConversationStatus.Assigned, conversation.Status);
        Assert.Equal("agent2", conversation.AssigneeId);
        var transferred = Assert.IsType<ConversationTransferred>(conversation.Events[0]);
        Assert.Equal(("agent1", "agent2", (string?)null), (transferred.FromAgentId, transferred.ToAgentId, transferred.ToQueue));
        Assert.Equal("agent2", Assert.IsType<ConversationAssigned>(conversation.Events[1]).AgentId);
    }

    [Fact]
    public void TransferToAgent_SameAssignee_Throws() =>
        Assert.Throws<InvalidTransitionException>(() => Assigned().TransferToAgent("agent1", "supervisor", Now));

    [Fact]
    public void TransferToAgent_BotOwned_Throws()
    {
        var conversation = new Conversation("c1", new Inbox("web", "webchat", "Web"), "contact1", "dl_1", Now);

        Assert.Throws<InvalidTransitionException>(() => conversation.TransferToAgent("agent2", "supervisor", Now));
    }

    [Fact]
    public void TransferToQueue_Assigned_QueuesAfreshWithoutAssignee()
    {
        var conversation = Assigned();

        conversation.TransferToQueue("sanitation/en", "agent1", Now.AddMinutes(5));

        Assert.Equal(ConversationStatus.Queued, conversation.Status);
        Assert.Null(conversation.AssigneeId);
        Assert.Equal("sanitation/en", conversation.Queue);
        Assert.Equal(Now.AddMinutes(5), conversation.QueuedAt);
        Assert.Contains(conversation.Events, e => e is ConversationQueued);
    }

    [Fact]
    public void TransferToQueue_QueuedInSameQueue_Throws()
    {
        var conversation = Assigned();
        conversation.TransferToQueue("sanitation/en", "agent1", Now);

        Assert.Throws<InvalidTransitionException>(() => conversation.TransferToQueue("sanitation/en", "supervisor", Now));
    }

    [Fact]
    public void Resolve_WithDisposition_KeepsItUntilReopened()
    {
        var conversation = Assigned();

        conversation.Resolve("agent1", Now.AddMinutes(9), "answered");
        Assert.Equal("answered", conversation.Disposition);
        conversation.Reopen(Now.AddHours(1));

        Assert.Null(conversation.Disposition);
    }
}
