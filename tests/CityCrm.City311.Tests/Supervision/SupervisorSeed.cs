using CityCrm.CaseCore;
using CityCrm.Channels.Schema;
using CityCrm.City311.Tests.Agents;
using CityCrm.Conversations.Model;
using CityCrm.Conversations.Supervision;
using CityCrm.Knowledge.Insights;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.City311.Tests.Supervision;

/// <summary>
/// Known conversations, messages, answers and cases written straight into the host's stores on two past days
/// (2 and 3 March 2026, New York), so the reports over those days have figures the tests can state.
/// </summary>
internal static class SupervisorSeed
{
    public const string First = "2026-03-02";
    public const string Last = "2026-03-03";
    public const string HostileQuestion = "=HYPERLINK(\"http://x\"), \"who\" pays?\nme";

    public static readonly DateTimeOffset Morning = new(2026, 3, 2, 14, 0, 0, TimeSpan.Zero);

    public static async Task WriteAsync(AgentAppFactory factory)
    {
        var store = factory.Services.GetRequiredService<IConversationStore>();
        var reports = factory.Services.GetRequiredService<ISupervisorReports>();
        var none = CancellationToken.None;

        var botOnly = await StartAsync(store, "web", "webchat", Morning);
        await AppendHandledAsync(store, Resident(botOnly.Id, "Thank you, great service", Morning.AddMinutes(1)));
        botOnly.Resolve("bot", Morning.AddMinutes(5));
        await store.SaveAsync(botOnly, none);
        await reports.RecordAsync(new TimelineEntry(botOnly.Id, TimelineKind.Resolved, Morning.AddMinutes(5)), none);

        var handedOff = await StartAsync(store, "sms", "sms", Morning.AddMinutes(20));
        await AppendHandledAsync(store, Resident(handedOff.Id, "This is terrible, the pothole on Elm is still there", Morning.AddMinutes(20)));
        handedOff.RequestHandoff("asked for a person", Morning.AddMinutes(21));
        handedOff.Assign("agent-1", Morning.AddMinutes(22));
        handedOff.Resolve("agent-1", Morning.AddMinutes(32));
        await store.SaveAsync(handedOff, none);
        await reports.RecordAsync(new TimelineEntry(handedOff.Id, TimelineKind.Queued, Morning.AddMinutes(21)), none);
        await reports.RecordAsync(new TimelineEntry(handedOff.Id, TimelineKind.Assigned, Morning.AddMinutes(22), "agent-1"), none);
        await reports.RecordAsync(new TimelineEntry(handedOff.Id, TimelineKind.Resolved, Morning.AddMinutes(32)), none);

        await StartAsync(store, "web", "webchat", Morning.AddDays(1).AddHours(1));

        var answers = factory.Services.GetRequiredService<IAnswerLog>();
        await answers.AddAsync(Answer(botOnly.Id, HostileQuestion, Morning.AddMinutes(2)), none);
        await answers.AddAsync(Answer(botOnly.Id, "When is trash pickup?", Morning.AddMinutes(3)), none);
        await answers.AddAsync(Answer(handedOff.Id, "when is  TRASH pickup?", Morning.AddMinutes(24)), none);
    }

    private static async Task<Conversation> StartAsync(IConversationStore store, string inboxId, string channelId, DateTimeOffset at)
    {
        var address = "seed-" + Guid.NewGuid().ToString("N");
        var contact = await store.GetOrCreateContactAsync(inboxId, address, "Seeded Resident", CancellationToken.None);
        var conversation = new Conversation(Guid.NewGuid().ToString("N"), new Inbox(inboxId, channelId, inboxId), contact.Id, address, at);
        await store.CreateAsync(conversation, CancellationToken.None);
        return conversation;
    }

    // Marked handled, so the bot does not take these past messages for work left over by a crash.
    private static async Task AppendHandledAsync(IConversationStore store, Message message)
    {
        var stored = await store.AppendAsync(message, CancellationToken.None);
        await store.MarkHandledAsync(message.ConversationId, stored.Message.Sequence, CancellationToken.None);
    }

    private static Message Resident(string conversationId, string text, DateTimeOffset at) => new()
    {
        ConversationId = conversationId,
        Direction = MessageDirection.Incoming,
        AuthorKind = AuthorKind.Contact,
        Text = text,
        Activity = new Activity { Type = ActivityTypes.Message, Text = text },
        CreatedAt = at,
    };

    private static AnswerRecord Answer(string conversationId, string question, DateTimeOffset at) => new()
    {
        Id = Guid.NewGuid().ToString("N"),
        At = at,
        ConversationId = conversationId,
        MessageId = conversationId + "|0000001",
        MessageSequence = 1,
        Channel = "webchat",
        Language = "en",
        Question = question,
        ArticleId = "missed-pickup",
    };

    /// <summary>A case of the catalogue's first service, opened now, in the host's case store.</summary>
    public static async Task<Case> OpenCaseAsync(AgentAppFactory factory, string department)
    {
        var cases = factory.Services.GetRequiredService<ICaseStore>();
        var service = new ServiceDefinition("seed-" + department, "Seeded", department, "Seeded service", ["seed"]);
        var number = await cases.NextNumberAsync(CancellationToken.None);
        var opened = new Case(Guid.NewGuid().ToString("N"), CaseReference.Format(number), service,
            new OpenCaseRequest(service.Code, "Seeded", "1 Main St", "contact-seed", null, "sms"), DateTimeOffset.UtcNow);
        await cases.CreateAsync(opened, CancellationToken.None);
        return opened;
    }
}
