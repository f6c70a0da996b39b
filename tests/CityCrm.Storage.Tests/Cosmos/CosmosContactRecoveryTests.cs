using CityCrm.Conversations.Contacts.Profiles;
using CityCrm.Storage.Cosmos;
using CityCrm.Storage.Cosmos.Contacts;
using CityCrm.Storage.Tests.Contracts;
using static CityCrm.Storage.Tests.Contracts.ConversationData;

namespace CityCrm.Storage.Tests.Cosmos;

/// <summary>
/// What a process killed between two writes of a profile save or a merge leaves in Cosmos DB, written here directly,
/// and how the next reader completes or ignores it.
/// </summary>
public sealed class CosmosContactRecoveryTests : IAsyncLifetime
{
    private static readonly CancellationToken None = CancellationToken.None;
    private CosmosStorage storage = null!;
    private ContactStores stores = null!;

    public async Task InitializeAsync() => (storage, stores) = await CosmosContactStores.CreateAsync();

    public Task DisposeAsync() => CosmosTestStorage.DisposeAsync(storage);

    [Fact]
    public async Task ListAuditAsync_SaveDiedBeforeWritingItsAudit_ShowsTheCarriedEntriesAndTheNextSaveKeepsThem()
    {
        var id = await stores.ContactAsync(Web, "user-" + NewId());
        var profiles = new CosmosContactProfiles(storage);
        var read = (await profiles.ReadAsync(id, None))!;
        var carried = ContactAuditDocument.From(new ContactAuditEntry(id, "alex", T0, ContactAuditEntry.Change, "givenName", null, "Ana"));
        // The replace that a crash cut short right after: the entry rides in the contact document only.
        Assert.True(await storage.Collection("contacts").ReplaceAsync(
            read.Document with { Profile = new ContactProfileData { ContactId = id, GivenName = "Ana", Version = 1 }, CarriedAudit = [carried] },
            read.Document.Id, id, read.ETag, None));

        Assert.Equal(["alex"], (await stores.Profiles.ListAuditAsync(id, 10, None)).Select(a => a.Actor));
        await stores.SaveAsync((await stores.Profiles.GetAsync(id, None))! with { FamilyName = "Garcia" },
            new ContactAuditEntry(id, "sam", T0.AddMinutes(1), ContactAuditEntry.Change, "familyName", null, "Garcia"));

        Assert.Equal(["sam", "alex"], (await stores.Profiles.ListAuditAsync(id, 10, None)).Select(a => a.Actor));
    }

    [Fact]
    public async Task FindByKeysAsync_KeyIndexedByASaveThatWasRefused_FindsNobody()
    {
        var id = await stores.ContactAsync(Web, "user-" + NewId());
        var key = "email:never-saved@example.org";
        await storage.Collection(CosmosContactProfiles.KeysContainer.Name).UpsertAsync(ContactKeyDocument.For(id, key), ContactKeyDocument.Partition(key), None);

        Assert.Empty(await stores.Profiles.FindByKeysAsync([key], "someone-else", None));
    }

    [Fact]
    public async Task GetAsync_MergeDiedAfterSavingBothProfiles_MovesWhatItListedAndCountsIt()
    {
        var conversation = await CreateConversationAsync(stores.Conversations, inbox: Sms, address: "+15555550170");
        var (source, target) = (conversation.ContactId, await stores.ContactAsync(Web, "user-" + NewId()));
        var sourceBefore = (await stores.Profiles.GetAsync(source, None))!;
        var targetBefore = (await stores.Profiles.GetAsync(target, None))!;
        await stores.SaveAsync(sourceBefore with { MergedInto = target });
        await stores.SaveAsync(targetBefore with { GivenName = "Ana" });
        var moves = await new CosmosContactMoves(storage, new CosmosContactProfiles(storage)).CollectAsync(source, None);
        var journal = new ContactMergeDocument("m-crashed", "m-crashed", ContactMergeDocument.Moving, source, target, "alex", T0, T0.AddMinutes(10), null,
            moves, sourceBefore, targetBefore, 1, []);
        await storage.Collection(CosmosContactMergeStore.MergesContainer.Name).UpsertAsync(journal, journal.Pk, None);

        var merge = await stores.Merges.GetAsync("m-crashed", None);

        Assert.Equal((1, 1), (merge!.Conversations, merge.Identities));
        Assert.Equal(target, (await stores.Conversations.GetAsync(conversation.Id, None))!.ContactId);
        Assert.Equal(target, Assert.Single(await stores.Conversations.FindIdentitiesAsync("+15555550170", None)).ContactId);
        Assert.Equal(UndoMergeOutcome.Undone, await stores.Merges.UndoAsync("m-crashed", "alex", T0.AddMinutes(1), None));
        Assert.Equal(source, (await stores.Conversations.GetAsync(conversation.Id, None))!.ContactId);
    }

    [Fact]
    public async Task GetAsync_MergeThatNeverSavedTheProfiles_IsNotAMerge()
    {
        var source = await stores.ContactAsync(Web, "user-" + NewId());
        var target = await stores.ContactAsync(Web, "user-" + NewId());
        var before = (await stores.Profiles.GetAsync(source, None))!;
        var journal = new ContactMergeDocument("m-planned", "m-planned", ContactMergeDocument.Planned, source, target, "alex", T0, T0.AddMinutes(10), null,
            new MergeMoves([], [], [], []), before, (await stores.Profiles.GetAsync(target, None))!, 1, []);
        await storage.Collection(CosmosContactMergeStore.MergesContainer.Name).UpsertAsync(journal, journal.Pk, None);

        Assert.Null(await stores.Merges.GetAsync("m-planned", None));
        Assert.Equal(UndoMergeOutcome.NotFound, await stores.Merges.UndoAsync("m-planned", "alex", T0.AddMinutes(1), None));
    }
}
