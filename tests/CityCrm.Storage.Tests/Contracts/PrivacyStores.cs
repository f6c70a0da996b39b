using CityCrm.CaseCore;
using CityCrm.Conversations.Attachments;
using CityCrm.Conversations.Contacts.Profiles;
using CityCrm.Conversations.Model;
using CityCrm.Conversations.Privacy;
using static CityCrm.Storage.Tests.Contracts.ConversationData;

namespace CityCrm.Storage.Tests.Contracts;

/// <summary>The stores the privacy contract needs together over one storage, with builders for its records.</summary>
public sealed record PrivacyStores(
    IPrivacyStore Privacy, IConversationStore Conversations, ICaseStore Cases, IContactProfileStore Profiles, IAttachmentStore Attachments)
{
    private static readonly ServiceDefinition Pothole = new("pothole", "Pothole", "Public Works", "Holes", ["pothole"]);
    private static int next = 100_000;

    /// <summary>A conversation with a resident's message and a bot's answer, resolved at <paramref name="resolvedAt"/> (left open when null).</summary>
    public async Task<Conversation> ConversationAsync(DateTimeOffset? resolvedAt, string address = "+13125550100", string? contactAddress = null)
    {
        var conversation = await CreateConversationAsync(Conversations, T0, Sms, contactAddress ?? address);
        await Conversations.AppendAsync(Incoming(conversation.Id, "I am Rosa Diaz at 12 Elm Street, call me"), CancellationToken.None);
        await Conversations.AppendAsync(Outgoing(conversation.Id, "Thanks Rosa"), CancellationToken.None);
        if (resolvedAt is { } at)
        {
            var stored = (await Conversations.GetAsync(conversation.Id, CancellationToken.None))!;
            stored.Resolve("agent-1", at);
            await Conversations.SaveAsync(stored, CancellationToken.None);
        }
        return (await Conversations.GetAsync(conversation.Id, CancellationToken.None))!;
    }

    /// <summary>A case of the contact reported in the conversation, closed at <paramref name="closedAt"/> (left new when null).</summary>
    public async Task<Case> CaseAsync(string contactId, string? conversationId, DateTimeOffset? closedAt)
    {
        var number = Interlocked.Increment(ref next);
        var opened = new Case(NewId(), $"R-{number}", Pothole, new OpenCaseRequest("pothole", "Hole outside Rosa's house, she is 82", "123 Elm Street Apt 4", contactId, conversationId, "sms")
        {
            Point = new GeoPoint(42.123456, -71.654321),
            Media = ["attachment:abc"],
            Attributes = new Dictionary<string, IReadOnlyList<string>> { ["depth"] = ["deep"] },
        }, T0);
        var @case = closedAt is { } at ? Case.Restore(opened.ToSnapshot() with { Status = CaseStatus.Closed, UpdatedAt = at }) : opened;
        await Cases.CreateAsync(@case, CancellationToken.None);
        return (await Cases.GetByReferenceAsync(@case.Reference, CancellationToken.None))!;
    }

    /// <summary>Places an active hold.</summary>
    public async Task<LegalHold> HoldAsync(string kind, string subjectId)
    {
        var hold = LegalHold.Place(kind, subjectId, "Pending claim", "CLAIM-7", "records-officer", T0);
        await Privacy.PlaceHoldAsync(hold, CancellationToken.None);
        return hold;
    }
}
