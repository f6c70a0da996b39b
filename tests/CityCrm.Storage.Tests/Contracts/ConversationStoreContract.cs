using CityCrm.Conversations.Model;
using static CityCrm.Storage.Tests.Contracts.ConversationData;

namespace CityCrm.Storage.Tests.Contracts;

/// <summary>The <see cref="IConversationStore"/> contract for contacts and conversations; every implementation runs it.</summary>
public abstract class ConversationStoreContract : StoreContract<IConversationStore>
{
    [Fact]
    public async Task GetOrCreateContactAsync_SameInboxAndAddress_ReturnsSameContact()
    {
        var first = await Store.GetOrCreateContactAsync("web", "user-1", "Ana", None);
        var second = await Store.GetOrCreateContactAsync("web", "user-1", "Someone else", None);

        Assert.Equal(first.Id, second.Id);
        Assert.Equal("Ana", second.DisplayName);
        Assert.Equal("Ana", (await Store.GetContactAsync(first.Id, None))?.DisplayName);
    }

    [Fact]
    public async Task SetContactLanguageAsync_KnownContact_IsReadBackOnEveryIdentityOfTheNumber()
    {
        var sms = await Store.GetOrCreateContactAsync("sms-main", "+15550100", null, None);
        Assert.Null(sms.Language);

        Assert.True(await Store.SetContactLanguageAsync(sms.Id, "es", None));

        Assert.Equal("es", (await Store.GetContactAsync(sms.Id, None))?.Language);
        Assert.Equal("es", (await Store.GetOrCreateContactAsync("voice-main", "+15550100", null, None)).Language);
        Assert.False(await Store.SetContactLanguageAsync("no-such-contact", "es", None));
    }

    [Fact]
    public async Task FindIdentitiesAsync_PhoneOnTwoInboxes_BothWithTheirContact()
    {
        var sms = await Store.GetOrCreateContactAsync("sms-main", "+15550130", null, None);
        await Store.GetOrCreateContactAsync("voice-main", "+15550130", null, None);
        await Store.GetOrCreateContactAsync("sms-main", "+15550131", null, None);

        var found = await Store.FindIdentitiesAsync("+15550130", None);

        Assert.Equal(["sms-main", "voice-main"], found.Select(i => i.InboxId).Order());
        Assert.All(found, i => Assert.Equal(sms.Id, i.ContactId));
        Assert.Empty(await Store.FindIdentitiesAsync("+15550139", None));
    }

    [Fact]
    public async Task LinkIdentityAsync_ChatIdentity_JoinsTheKnownContactWithItsConversations()
    {
        var known = await CreateConversationAsync(Store, inbox: Sms, address: "+15550132");
        var chat = await CreateConversationAsync(Store, inbox: Web, address: "tg-777");

        Assert.True(await Store.LinkIdentityAsync(Web.Id, "tg-777", known.ContactId, None));

        Assert.Equal(known.ContactId, (await Store.GetOrCreateContactAsync(Web.Id, "tg-777", null, None)).Id);
        Assert.Equal(known.ContactId, (await Store.GetAsync(chat.Id, None))!.ContactId);
        var history = await Store.ListByContactAsync(known.ContactId, 10, None);
        Assert.Equal(new[] { chat.Id, known.Id }.Order(), history.Select(c => c.Id).Order());
        Assert.False(await Store.LinkIdentityAsync(Web.Id, "tg-unknown", known.ContactId, None));
        Assert.False(await Store.LinkIdentityAsync(Web.Id, "tg-777", "no-such-contact", None));
    }

    [Fact]
    public async Task GetOrCreateContactAsync_TwentyParallelCalls_CreateOneContact()
    {
        var calls = Enumerable.Range(0, 20).Select(i => Task.Run(() => Store.GetOrCreateContactAsync("sms-main", "+15550100", "Caller " + i, None)));

        var contacts = await Task.WhenAll(calls);

        var id = Assert.Single(contacts.Select(c => c.Id).Distinct());
        Assert.NotNull(await Store.GetContactAsync(id, None));
    }

    [Fact]
    public async Task GetOrCreateContactAsync_SameNonPhoneAddressOnDifferentInboxes_CreateDifferentContacts()
    {
        var web = await Store.GetOrCreateContactAsync("web", "dl_ana", null, None);
        var email = await Store.GetOrCreateContactAsync("email-main", "dl_ana", null, None);
        var local = await Store.GetOrCreateContactAsync("sms-main", "5550100", null, None);
        var localAgain = await Store.GetOrCreateContactAsync("voice-main", "5550100", null, None);

        Assert.NotEqual(web.Id, email.Id);
        Assert.NotEqual(local.Id, localAgain.Id);
    }

    [Fact]
    public async Task GetOrCreateContactAsync_SamePhoneNumberOnSmsVoiceAndWhatsApp_IsOneContact()
    {
        var sms = await Store.GetOrCreateContactAsync("sms-main", "+15550100", "Ana", None);
        var voice = await Store.GetOrCreateContactAsync("voice-main", "+15550100", null, None);
        var whatsapp = await Store.GetOrCreateContactAsync("whatsapp-main", "+15550100", "Ana R.", None);
        var other = await Store.GetOrCreateContactAsync("voice-main", "+15550199", null, None);

        Assert.Equal(sms.Id, voice.Id);
        Assert.Equal(sms.Id, whatsapp.Id);
        Assert.NotEqual(sms.Id, other.Id);
        Assert.Equal(voice.Id, (await Store.GetOrCreateContactAsync("voice-main", "+15550100", null, None)).Id);
    }

    [Fact]
    public async Task GetOrCreateContactAsync_SamePhoneNumberOnFourInboxesInParallel_IsOneContact()
    {
        var inboxes = new[] { "sms-main", "voice-main", "whatsapp-main", "sms-spanish" };
        var calls = Enumerable.Range(0, 40).Select(i => Task.Run(() => Store.GetOrCreateContactAsync(inboxes[i % 4], "+447700900123", null, None)));

        var contacts = await Task.WhenAll(calls);

        Assert.Single(contacts.Select(c => c.Id).Distinct());
    }

    [Fact]
    public async Task ListByContactAsync_ConversationsOnTwoInboxes_ReturnsBothNewestFirst()
    {
        var voiceInbox = new Inbox("voice-main", "voice", "Riverton 311 line");
        var sms = await CreateConversationAsync(Store, T0, Sms, "+15550142");
        var call = await CreateConversationAsync(Store, T0.AddHours(1), voiceInbox, "+15550142");
        await CreateConversationAsync(Store, T0.AddHours(2), Sms, "+15550143");

        var listed = await Store.ListByContactAsync(sms.ContactId, 10, None);

        Assert.Equal(sms.ContactId, call.ContactId);
        Assert.Equal([call.Id, sms.Id], listed.Select(c => c.Id));
        Assert.Equal(["voice", "sms"], listed.Select(c => c.ChannelId));
    }

    [Fact]
    public async Task GetContactAsync_UnknownId_ReturnsNull() =>
        Assert.Null(await Store.GetContactAsync(NewId(), None));

    [Fact]
    public async Task CreateAsync_NewConversation_ReadsBackEveryField()
    {
        var created = await CreateConversationAsync(Store, T0, Sms, "+15550123");

        var read = await Store.GetAsync(created.Id, None);

        Assert.NotNull(read);
        Assert.Equal(created.ToSnapshot(), read.ToSnapshot());
    }

    [Fact]
    public async Task CreateAsync_ExistingId_ReturnsFalseAndKeepsOriginal()
    {
        var original = await CreateConversationAsync(Store, T0, Web, "user-a");
        var contact = await Store.GetOrCreateContactAsync("sms-main", "+15550999", null, None);
        var copy = new Conversation(original.Id, Sms, contact.Id, "+15550999", T0.AddHours(1));

        Assert.False(await Store.CreateAsync(copy, None));

        var read = await Store.GetAsync(original.Id, None);
        Assert.Equal("user-a", read?.Address);
        Assert.Equal(Web.Id, read?.InboxId);
    }

    [Fact]
    public async Task GetAsync_UnknownId_ReturnsNull() =>
        Assert.Null(await Store.GetAsync(NewId(), None));

    [Fact]
    public async Task SaveAsync_CurrentVersion_SavesAndBumpsVersion()
    {
        var conversation = await CreateConversationAsync(Store);
        conversation.RequestHandoff("Resident asked for a person", T0.AddMinutes(2));
        conversation.BotState = """{"awaiting":"location"}""";

        await Store.SaveAsync(conversation, None);

        Assert.Equal(1, conversation.Version);
        var read = await Store.GetAsync(conversation.Id, None);
        Assert.Equal(conversation.ToSnapshot(), read?.ToSnapshot());
    }

    [Fact]
    public async Task SaveAsync_TransferredThenResolved_KeepsQueueAndDisposition()
    {
        var conversation = await CreateConversationAsync(Store);
        conversation.RequestHandoff("Resident asked for a person", T0.AddMinutes(1), "general/es");
        conversation.Assign("agent-1", T0.AddMinutes(2));
        conversation.TransferToQueue("public-works/en", "agent-1", T0.AddMinutes(3));
        conversation.TransferToAgent("agent-2", "supervisor", T0.AddMinutes(4));
        conversation.Resolve("agent-2", T0.AddMinutes(9), "answered");

        await Store.SaveAsync(conversation, None);

        var read = (await Store.GetAsync(conversation.Id, None))!;
        Assert.Equal(conversation.ToSnapshot(), read.ToSnapshot());
        Assert.Equal("public-works/en", read.Queue);
        Assert.Equal("answered", read.Disposition);
        Assert.Equal(T0.AddMinutes(3), read.QueuedAt);
    }

    [Fact]
    public async Task SaveAsync_StaleVersion_ThrowsConflictAndChangesNothing()
    {
        var created = await CreateConversationAsync(Store);
        var mine = (await Store.GetAsync(created.Id, None))!;
        var theirs = (await Store.GetAsync(created.Id, None))!;
        theirs.RequestHandoff("Bot gave up", T0.AddMinutes(1));
        await Store.SaveAsync(theirs, None);

        mine.Resolve("agent-1", T0.AddMinutes(2));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Store.SaveAsync(mine, None));

        var read = await Store.GetAsync(created.Id, None);
        Assert.Equal(theirs.ToSnapshot(), read?.ToSnapshot());
        Assert.Equal(0, mine.Version);
    }

    [Fact]
    public async Task FindLatestAsync_TwoConversations_ReturnsNewest()
    {
        var contact = await Store.GetOrCreateContactAsync(Web.Id, "user-9", null, None);
        var older = new Conversation(NewId(), Web, contact.Id, "user-9", T0);
        var newer = new Conversation(NewId(), Web, contact.Id, "user-9", T0.AddDays(1));
        await Store.CreateAsync(older, None);
        await Store.CreateAsync(newer, None);

        Assert.Equal(newer.Id, (await Store.FindLatestAsync(Web.Id, contact.Id, None))?.Id);
        Assert.Null(await Store.FindLatestAsync(Sms.Id, contact.Id, None));
    }

    [Fact]
    public async Task ListAsync_ByStatus_ReturnsOnlyThoseMostRecentlyUpdatedFirst()
    {
        var botOwned = await CreateConversationAsync(Store, T0);
        var queuedEarly = await CreateConversationAsync(Store, T0);
        var queuedLate = await CreateConversationAsync(Store, T0);
        var assigned = await CreateConversationAsync(Store, T0);
        queuedEarly.RequestHandoff("help", T0.AddMinutes(1));
        queuedLate.RequestHandoff("help", T0.AddMinutes(5));
        assigned.RequestHandoff("help", T0.AddMinutes(2));
        assigned.Assign("agent-1", T0.AddMinutes(3));
        foreach (var c in new[] { queuedEarly, queuedLate, assigned })
            await Store.SaveAsync(c, None);

        var queued = await Store.ListAsync([ConversationStatus.Queued], 10, None);
        var active = await Store.ListAsync([ConversationStatus.Queued, ConversationStatus.Assigned], 10, None);
        var limited = await Store.ListAsync([ConversationStatus.Queued, ConversationStatus.Assigned], 2, None);

        Assert.Equal([queuedLate.Id, queuedEarly.Id], queued.Select(c => c.Id));
        Assert.Equal([queuedLate.Id, assigned.Id, queuedEarly.Id], active.Select(c => c.Id));
        Assert.Equal([queuedLate.Id, assigned.Id], limited.Select(c => c.Id));
        Assert.DoesNotContain(botOwned.Id, active.Select(c => c.Id));
    }
}
