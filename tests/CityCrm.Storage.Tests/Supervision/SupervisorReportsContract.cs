using CityCrm.CaseCore;
using CityCrm.Channels.Schema;
using CityCrm.Conversations.Model;
using CityCrm.Conversations.Supervision;
using CityCrm.Storage.Tests.Contracts;
using static CityCrm.Storage.Tests.Contracts.ConversationData;

namespace CityCrm.Storage.Tests.Supervision;

/// <summary>What every <see cref="ISupervisorReports"/> must do, whatever it stores in.</summary>
public abstract class SupervisorReportsContract : StoreContract<SupervisorStores>
{
    private static readonly DateTimeOffset Day = new(2026, 3, 2, 5, 0, 0, TimeSpan.Zero);

    private async Task<Conversation> HandedOffAsync(DateTimeOffset created, Inbox? inbox = null)
    {
        var conversation = await CreateConversationAsync(Store.Conversations, created, inbox);
        conversation.RequestHandoff("asked for a person", created.AddMinutes(1));
        await Store.Conversations.SaveAsync(conversation, None);
        await Store.Reports.RecordAsync(new TimelineEntry(conversation.Id, TimelineKind.Queued, created.AddMinutes(1)), None);
        return conversation;
    }

    [Fact]
    public async Task ListConversationFactsAsync_FullTimeline_ReadsFirstOfEachStepAndFirstPublicAgentReply()
    {
        var c = await HandedOffAsync(Day.AddHours(1));
        await Store.Reports.RecordAsync(new TimelineEntry(c.Id, TimelineKind.Assigned, Day.AddHours(1).AddMinutes(2), "agent-1"), None);
        await Store.Reports.RecordAsync(new TimelineEntry(c.Id, TimelineKind.Assigned, Day.AddHours(1).AddMinutes(2), "agent-1"), None);
        await Store.Conversations.AppendAsync(Agent(c.Id, "note", Day.AddHours(1).AddMinutes(3), isPrivate: true), None);
        await Store.Conversations.AppendAsync(Agent(c.Id, "Hello", Day.AddHours(1).AddMinutes(4)), None);
        await Store.Reports.RecordAsync(new TimelineEntry(c.Id, TimelineKind.Resolved, Day.AddHours(1).AddMinutes(9)), None);

        var fact = Assert.Single(await Store.Reports.ListConversationFactsAsync(Day, Day.AddDays(1), None));

        Assert.Equal(new ConversationFact(c.Id, Web.ChannelId, Day.AddHours(1), Day.AddHours(1).AddMinutes(1), Day.AddHours(1).AddMinutes(2),
            Day.AddHours(1).AddMinutes(4), Day.AddHours(1).AddMinutes(9), Conversation.DefaultQueue), fact);
    }

    [Fact]
    public async Task ListConversationFactsAsync_Period_TakesCreatedOrQueuedInItOnly()
    {
        var before = await CreateConversationAsync(Store.Conversations, Day.AddDays(-1));
        var queuedIn = await CreateConversationAsync(Store.Conversations, Day.AddDays(-1));
        await Store.Reports.RecordAsync(new TimelineEntry(queuedIn.Id, TimelineKind.Queued, Day.AddHours(2)), None);
        var inside = await CreateConversationAsync(Store.Conversations, Day.AddHours(3), Sms);
        await CreateConversationAsync(Store.Conversations, Day.AddDays(1));

        var facts = await Store.Reports.ListConversationFactsAsync(Day, Day.AddDays(1), None);

        Assert.Equal([queuedIn.Id, inside.Id], facts.Select(f => f.Id));
        Assert.DoesNotContain(facts, f => f.Id == before.Id);
        Assert.Null(facts[1].QueuedAt);
        Assert.Equal("sms", facts[1].Channel);
    }

    [Fact]
    public async Task CountConversationsAsync_OldWaitingAndTodaysOthers_CountsByChannelAndStatus()
    {
        await HandedOffAsync(Day.AddDays(-3));
        await CreateConversationAsync(Store.Conversations, Day.AddDays(-3));
        await CreateConversationAsync(Store.Conversations, Day.AddHours(1));
        await CreateConversationAsync(Store.Conversations, Day.AddHours(2));
        await HandedOffAsync(Day.AddHours(2), Sms);

        var counts = await Store.Reports.CountConversationsAsync(Day, None);

        Assert.Equal(
            [new ConversationCount(Web.ChannelId, ConversationStatus.BotOwned, 2), new ConversationCount(Web.ChannelId, ConversationStatus.Queued, 1),
             new ConversationCount("sms", ConversationStatus.Queued, 1)],
            counts.OrderBy(c => c.Channel == "sms").ThenBy(c => c.Status));
    }

    [Fact]
    public async Task ListInboundTextsAsync_Period_ReturnsResidentsWordsInOrderUpToTheLimit()
    {
        var c = await CreateConversationAsync(Store.Conversations, Day);
        await Store.Conversations.AppendAsync(Incoming(c.Id, "too early", at: Day.AddMinutes(-1)), None);
        await Store.Conversations.AppendAsync(Incoming(c.Id, "second", at: Day.AddMinutes(2)), None);
        await Store.Conversations.AppendAsync(Incoming(c.Id, "first", at: Day.AddMinutes(1)), None);
        await Store.Conversations.AppendAsync(Outgoing(c.Id, "from the bot", Day.AddMinutes(3)), None);
        await Store.Conversations.AppendAsync(Incoming(c.Id, "third", at: Day.AddMinutes(4)), None);

        var texts = await Store.Reports.ListInboundTextsAsync(Day, Day.AddDays(1), 2, None);

        Assert.Equal([new InboundText(Day.AddMinutes(1), Web.ChannelId, "first"), new InboundText(Day.AddMinutes(2), Web.ChannelId, "second")], texts);
    }

    [Fact]
    public async Task CountCasesAsync_Today_CountsNewOpenAndClosedPerDepartment()
    {
        await OpenCaseAsync(Pothole, Day.AddDays(-5));
        await OpenCaseAsync(Pothole, Day.AddHours(1));
        var closed = await OpenCaseAsync(Pothole, Day.AddDays(-2));
        closed.Close("agent-1", "Filled", Day.AddHours(2));
        await Store.Cases.SaveAsync(closed, None);
        var closedLongAgo = await OpenCaseAsync(Graffiti, Day.AddDays(-9));
        closedLongAgo.Close("agent-1", "Cleaned", Day.AddDays(-8));
        await Store.Cases.SaveAsync(closedLongAgo, None);
        await OpenCaseAsync(Graffiti, Day.AddHours(3));

        var counts = await Store.Reports.CountCasesAsync(Day, None);

        Assert.Equal([new DepartmentCases("Parks", 1, 1, 0), new DepartmentCases("Streets", 1, 2, 1)], counts.OrderBy(c => c.Department));
    }

    private static readonly ServiceDefinition Pothole = new("pothole", "Pothole", "Streets", "Holes", ["pothole"]);
    private static readonly ServiceDefinition Graffiti = new("graffiti", "Graffiti", "Parks", "Paint", ["graffiti"]);

    private async Task<Case> OpenCaseAsync(ServiceDefinition service, DateTimeOffset at)
    {
        var number = await Store.Cases.NextNumberAsync(None);
        var request = new OpenCaseRequest(service.Code, "Reported", "12 Main St", "contact-1", null, "sms");
        var opened = new Case(NewId(), CaseReference.Format(number), service, request, at);
        await Store.Cases.CreateAsync(opened, None);
        return opened;
    }

    private static Message Agent(string conversationId, string text, DateTimeOffset at, bool isPrivate = false) => new()
    {
        ConversationId = conversationId,
        Direction = MessageDirection.Outgoing,
        AuthorKind = AuthorKind.Agent,
        AuthorId = "agent-1",
        AuthorName = "Alex",
        IsPrivate = isPrivate,
        Text = text,
        Activity = new Activity { Type = ActivityTypes.Message, Text = text },
        CreatedAt = at,
    };
}
