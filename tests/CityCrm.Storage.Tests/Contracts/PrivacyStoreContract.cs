using CityCrm.Conversations.Privacy;
using static CityCrm.Storage.Tests.Contracts.ConversationData;

namespace CityCrm.Storage.Tests.Contracts;

/// <summary>
/// The privacy contract, part one: legal holds are stored, listed and released once; what is due for removal is what
/// passed its period and is held by nothing (neither the contact nor a case of the conversation).
/// </summary>
public abstract class PrivacyStoreContract : StoreContract<PrivacyStores>
{
    private static readonly DateTimeOffset Cutoff = T0.AddDays(100);

    [Fact]
    public async Task PlaceHold_ThenGet_ReadsBackEveryField()
    {
        var hold = await Store.HoldAsync(HoldSubjects.Contact, "c-1");

        var read = await Store.Privacy.GetHoldAsync(hold.Id, None);

        Assert.Equal(hold, read);
        Assert.True(read!.IsActive);
        Assert.Null(await Store.Privacy.GetHoldAsync("none-such", None));
    }

    [Fact]
    public async Task ReleaseHold_Twice_OnlyTheFirstIsStored()
    {
        var hold = await Store.HoldAsync(HoldSubjects.Case, "R-100001");

        Assert.True(await Store.Privacy.ReleaseHoldAsync(hold.Release("admin-1", T0.AddDays(1)), None));
        Assert.False(await Store.Privacy.ReleaseHoldAsync(hold.Release("admin-2", T0.AddDays(2)), None));

        var read = (await Store.Privacy.GetHoldAsync(hold.Id, None))!;
        Assert.Equal(("admin-1", (DateTimeOffset?)T0.AddDays(1)), (read.ReleasedBy, read.ReleasedAt));
    }

    [Fact]
    public async Task ListHolds_ActiveOnly_LeavesReleasedOut()
    {
        var kept = await Store.HoldAsync(HoldSubjects.Contact, "c-1");
        var released = await Store.HoldAsync(HoldSubjects.Contact, "c-2");
        await Store.Privacy.ReleaseHoldAsync(released.Release("admin", T0.AddDays(1)), None);

        Assert.Equal([kept.Id], (await Store.Privacy.ListHoldsAsync(true, None)).Select(h => h.Id));
        Assert.Equal(2, (await Store.Privacy.ListHoldsAsync(false, None)).Count);
    }

    [Fact]
    public async Task ActiveHoldsOnContact_HoldOnOneOfTheirCases_IsListed()
    {
        var conversation = await Store.ConversationAsync(T0.AddDays(1));
        var @case = await Store.CaseAsync(conversation.ContactId, conversation.Id, null);
        var hold = await Store.HoldAsync(HoldSubjects.Case, @case.Reference);
        await Store.HoldAsync(HoldSubjects.Contact, "someone-else");

        var holds = await Store.Privacy.ActiveHoldsOnContactAsync(conversation.ContactId, None);

        Assert.Equal([hold.Id], holds.Select(h => h.Id));
    }

    [Fact]
    public async Task DueConversations_ResolvedBeforeCutoff_OnlyThoseListed()
    {
        var old = await Store.ConversationAsync(T0.AddDays(10), "+13125550101");
        await Store.ConversationAsync(Cutoff.AddDays(1), "+13125550102");
        await Store.ConversationAsync(null, "+13125550103");

        Assert.Equal([old.Id], await Store.Privacy.DueConversationsAsync(Cutoff, 10, None));
    }

    [Fact]
    public async Task DueConversations_ContactHeldOrLinkedCaseHeld_Skipped()
    {
        var heldContact = await Store.ConversationAsync(T0.AddDays(1), "+13125550104");
        var heldCase = await Store.ConversationAsync(T0.AddDays(1), "+13125550105");
        var free = await Store.ConversationAsync(T0.AddDays(1), "+13125550106");
        await Store.HoldAsync(HoldSubjects.Contact, heldContact.ContactId);
        var @case = await Store.CaseAsync(heldCase.ContactId, heldCase.Id, null);
        await Store.HoldAsync(HoldSubjects.Case, @case.Reference);

        Assert.Equal([free.Id], await Store.Privacy.DueConversationsAsync(Cutoff, 10, None));
    }

    [Fact]
    public async Task DueConversations_WrittenInAgainAfterRemoval_DueAgainOnceResolved()
    {
        var conversation = await Store.ConversationAsync(T0.AddDays(1));
        await Store.Privacy.AnonymizeConversationsAsync([conversation.Id], Cutoff, RemovedText.Retention, None);
        Assert.Empty(await Store.Privacy.DueConversationsAsync(Cutoff.AddDays(50), 10, None));

        var reopened = (await Store.Conversations.GetAsync(conversation.Id, None))!;
        reopened.Reopen(Cutoff.AddDays(1));
        await Store.Conversations.SaveAsync(reopened, None);
        await Store.Conversations.AppendAsync(Incoming(conversation.Id, "Me again, Rosa", at: Cutoff.AddDays(1)), None);
        reopened = (await Store.Conversations.GetAsync(conversation.Id, None))!;
        reopened.Resolve("agent-1", Cutoff.AddDays(2));
        await Store.Conversations.SaveAsync(reopened, None);

        Assert.Equal([conversation.Id], await Store.Privacy.DueConversationsAsync(Cutoff.AddDays(50), 10, None));
        Assert.Equal(3, await Store.Privacy.AnonymizeConversationsAsync([conversation.Id], Cutoff.AddDays(50), RemovedText.Retention, None));
    }

    [Fact]
    public async Task DueCases_ClosedBeforeCutoff_ListedUnlessHeld()
    {
        var conversation = await Store.ConversationAsync(null);
        var due = await Store.CaseAsync(conversation.ContactId, null, T0.AddDays(1));
        var held = await Store.CaseAsync(conversation.ContactId, null, T0.AddDays(1));
        await Store.CaseAsync(conversation.ContactId, null, Cutoff.AddDays(1));
        await Store.CaseAsync(conversation.ContactId, null, null);
        await Store.HoldAsync(HoldSubjects.Case, held.Reference);

        Assert.Equal([due.Reference], await Store.Privacy.DueCasesAsync(Cutoff, 10, None));
    }

    [Fact]
    public async Task DueContacts_OnlyOnceEveryConversationAndCaseIsRemoved()
    {
        var conversation = await Store.ConversationAsync(T0.AddDays(1));
        var @case = await Store.CaseAsync(conversation.ContactId, conversation.Id, T0.AddDays(1));
        Assert.Empty(await Store.Privacy.DueContactsAsync(10, None));

        await Store.Privacy.AnonymizeConversationsAsync([conversation.Id], Cutoff, RemovedText.Retention, None);
        Assert.Empty(await Store.Privacy.DueContactsAsync(10, None));
        await Store.Privacy.AnonymizeCasesAsync([@case.Reference], Cutoff, RemovedText.Retention, None);

        Assert.Equal([conversation.ContactId], await Store.Privacy.DueContactsAsync(10, None));
        await Store.HoldAsync(HoldSubjects.Contact, conversation.ContactId);
        Assert.Empty(await Store.Privacy.DueContactsAsync(10, None));
    }

    [Fact]
    public async Task ContactRecords_ListsConversationsOpenOnesAndCases()
    {
        var resolved = await Store.ConversationAsync(T0.AddDays(1));
        var open = await Store.ConversationAsync(null);
        var @case = await Store.CaseAsync(resolved.ContactId, resolved.Id, null);

        var records = (await Store.Privacy.ContactRecordsAsync(resolved.ContactId, None))!;

        Assert.Equal(new[] { resolved.Id, open.Id }.Order(), records.Conversations.Order());
        Assert.Equal([open.Id], records.OpenConversations);
        Assert.Equal([@case.Reference], records.Cases);
        Assert.Null(await Store.Privacy.ContactRecordsAsync("none-such", None));
    }
}
