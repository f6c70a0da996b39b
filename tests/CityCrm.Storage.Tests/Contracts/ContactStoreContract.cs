using CityCrm.Conversations.Contacts.Consent;
using CityCrm.Conversations.Contacts.Profiles;
using CityCrm.Conversations.Model;
using static CityCrm.Storage.Tests.Contracts.ConversationData;

namespace CityCrm.Storage.Tests.Contracts;

/// <summary>The contact contract: profiles with versions and audit, duplicate keys, due next actions, consents, and merges with an exact undo.</summary>
public abstract class ContactStoreContract : StoreContract<ContactStores>
{
    [Fact]
    public async Task GetAsync_NeverSaved_StartsFromTheContactAndItsIdentities()
    {
        var id = await Store.ContactAsync(Sms, "+15555550142", "Ana Garcia");
        await Store.ContactAsync(new Inbox("email", "email", "Riverton 311 email"), "ana@example.org");
        Assert.True(await Store.Conversations.LinkIdentityAsync("email", "ana@example.org", id, None));

        var profile = await Store.Profiles.GetAsync(id, None);

        Assert.NotNull(profile);
        Assert.Equal(0, profile.Version);
        Assert.Equal("Ana Garcia", profile.DisplayName);
        Assert.Equal(["+15555550142"], profile.Phones.Select(p => p.Number));
        Assert.Equal(["ana@example.org"], profile.Emails);
    }

    [Fact]
    public async Task GetAsync_UnknownContact_IsNull() =>
        Assert.Null(await Store.Profiles.GetAsync("no-such-contact", None));

    [Fact]
    public async Task SaveAsync_StaleVersion_IsRefusedAndWritesNothing()
    {
        var id = await Store.ContactAsync(Web, "user-" + NewId());
        var profile = await Store.SaveAsync((await Store.Profiles.GetAsync(id, None))! with { GivenName = "Ana" });

        var saved = await Store.Profiles.SaveAsync(profile with { GivenName = "Eve" }, 0,
            [new ContactAuditEntry(id, "alex", T0, ContactAuditEntry.Change, "givenName", "Ana", "Eve")], None);

        Assert.False(saved);
        Assert.Equal("Ana", (await Store.Profiles.GetAsync(id, None))!.GivenName);
        Assert.Empty(await Store.Profiles.ListAuditAsync(id, 10, None));
    }

    [Fact]
    public async Task SaveAsync_LanguageAndName_FollowOnTheContactAndAuditIsKeptNewestFirst()
    {
        var id = await Store.ContactAsync(Web, "user-" + NewId());
        var profile = (await Store.Profiles.GetAsync(id, None))!;

        await Store.SaveAsync(profile with { Language = "es", DisplayName = "Ana G." },
            new ContactAuditEntry(id, "alex", T0, ContactAuditEntry.Change, "language", null, "es"));
        await Store.Profiles.AppendAuditAsync(new ContactAuditEntry(id, "sam", T0.AddMinutes(1), ContactAuditEntry.Read, "profile", null, null), None);

        var contact = await Store.Conversations.GetContactAsync(id, None);
        Assert.Equal("es", contact!.Language);
        Assert.Equal("Ana G.", contact.DisplayName);
        var audit = await Store.Profiles.ListAuditAsync(id, 10, None);
        Assert.Equal([ContactAuditEntry.Read, ContactAuditEntry.Change], audit.Select(a => a.Action));
        Assert.Equal(("alex", "language", (string?)null, "es"), (audit[1].Actor, audit[1].Field!, audit[1].OldValue, audit[1].NewValue!));
    }

    [Fact]
    public async Task GetAsync_LanguageSetByAChannelAfterTheSave_ReadsTheChannelsLanguage()
    {
        var id = await Store.ContactAsync(Web, "user-" + NewId());
        await Store.SaveAsync((await Store.Profiles.GetAsync(id, None))! with { Language = "en" });

        await Store.Conversations.SetContactLanguageAsync(id, "es", None);

        Assert.Equal("es", (await Store.Profiles.GetAsync(id, None))!.Language);
    }

    [Fact]
    public async Task FindByKeysAsync_SamePhoneOnAProfileOrAsIdentity_FindsBothOtherContacts()
    {
        var first = await Store.ContactAsync(Web, "user-" + NewId());
        await Store.SaveAsync((await Store.Profiles.GetAsync(first, None))! with { Phones = [new ContactPhone("+15555550150", null)] });
        var second = await Store.ContactAsync(Sms, "+15555550150");
        var me = await Store.ContactAsync(Web, "user-" + NewId());

        var found = await Store.Profiles.FindByKeysAsync(["phone:+15555550150", "name:nobody|x"], me, None);

        Assert.Equal([first, second], found.Select(f => f.ContactId).Order().ToList().OrderBy(x => x == first ? 0 : 1));
        Assert.All(found, f => Assert.Equal("phone:+15555550150", f.Key));
    }

    [Fact]
    public async Task ListDueAsync_OnlyOpenUnremindedActionsDueByNow()
    {
        var due = await Store.ContactAsync(Web, "user-" + NewId());
        var later = await Store.ContactAsync(Web, "user-" + NewId());
        await Store.SaveAsync((await Store.Profiles.GetAsync(due, None))! with { NextActions = [Action("a1", T0.AddHours(1))] });
        await Store.SaveAsync((await Store.Profiles.GetAsync(later, None))! with { NextActions = [Action("a2", T0.AddDays(2))] });

        var found = await Store.Profiles.ListDueAsync(T0.AddHours(2), 10, None);

        Assert.Equal([due], found.Select(p => p.ContactId));
        var reminded = found[0] with { NextActions = [found[0].NextActions[0] with { RemindedAt = T0.AddHours(2) }] };
        await Store.SaveAsync(reminded);
        Assert.Empty(await Store.Profiles.ListDueAsync(T0.AddHours(3), 10, None));
    }

    [Fact]
    public async Task Consents_RecordedInOrder_ListedOldestFirstForTheirContactOnly()
    {
        var id = await Store.ContactAsync(Web, "user-" + NewId());
        var other = await Store.ContactAsync(Web, "user-" + NewId());
        await Store.Consents.RecordAsync(new ConsentRecord(id, "sms", "*", true, T0, "web form", "Text me updates"), None);
        await Store.Consents.RecordAsync(new ConsentRecord(id, "*", "*", false, T0.AddDays(1), "phone call", "Stop all messages"), None);
        await Store.Consents.RecordAsync(new ConsentRecord(other, "email", "*", false, T0, "agent", "No email"), None);

        var records = await Store.Consents.ListAsync(id, None);

        Assert.Equal(2, records.Count);
        Assert.Equal(new ConsentRecord(id, "*", "*", false, T0.AddDays(1), "phone call", "Stop all messages"), records[1]);
        Assert.True(records[1].IsGlobalOptOut);
    }

    [Fact]
    public async Task SaveAsync_TwoWritersOnTheSameVersion_ExactlyOneIsSaved()
    {
        var id = await Store.ContactAsync(Web, "user-" + NewId());
        var read = (await Store.Profiles.GetAsync(id, None))!;

        var saved = await Task.WhenAll(new[] { "Ana", "Eve" }.Select(name => Task.Run(() => Store.Profiles.SaveAsync(read with { GivenName = name }, 0,
            [new ContactAuditEntry(id, name, T0, ContactAuditEntry.Change, "givenName", null, name)], None))));

        Assert.Equal(1, saved.Count(s => s));
        var winner = saved[0] ? "Ana" : "Eve";
        var stored = (await Store.Profiles.GetAsync(id, None))!;
        Assert.Equal((1, winner), (stored.Version, stored.GivenName));
        Assert.Equal([winner], (await Store.Profiles.ListAuditAsync(id, 10, None)).Select(a => a.Actor));
    }

    [Fact]
    public async Task FindByKeysAsync_KeyRemovedFromTheProfile_NoLongerFindsIt()
    {
        var holder = await Store.ContactAsync(Web, "user-" + NewId());
        var saved = await Store.SaveAsync((await Store.Profiles.GetAsync(holder, None))! with { Emails = ["rosa@example.org"] });
        Assert.Single(await Store.Profiles.FindByKeysAsync(["email:rosa@example.org"], "someone-else", None));

        await Store.SaveAsync(saved with { Emails = ["rosa.diaz@example.org"] });

        Assert.Empty(await Store.Profiles.FindByKeysAsync(["email:rosa@example.org"], "someone-else", None));
        Assert.Equal([holder], (await Store.Profiles.FindByKeysAsync(["email:rosa.diaz@example.org"], "someone-else", None)).Select(m => m.ContactId));
    }

    [Fact]
    public async Task ListAuditAsync_Limit_ReturnsTheNewestEntries()
    {
        var id = await Store.ContactAsync(Web, "user-" + NewId());
        for (var i = 0; i < 5; i++)
            await Store.Profiles.AppendAuditAsync(new ContactAuditEntry(id, "agent-" + i, T0.AddMinutes(i), ContactAuditEntry.Read, "profile", null, null), None);

        var audit = await Store.Profiles.ListAuditAsync(id, 2, None);

        Assert.Equal(["agent-4", "agent-3"], audit.Select(a => a.Actor));
    }

    private static NextAction Action(string id, DateTimeOffset due) => new(id, "Call back", due, "agent-1", "alex", T0);
}
