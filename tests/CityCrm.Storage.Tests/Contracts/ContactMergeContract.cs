using CityCrm.Conversations.Contacts.Consent;
using CityCrm.Conversations.Contacts.Profiles;
using CityCrm.Conversations.Model;
using static CityCrm.Storage.Tests.Contracts.ConversationData;

namespace CityCrm.Storage.Tests.Contracts;

/// <summary>The merge contract: what a merge moves (conversations, cases, consents, identities), its refusals, and an exact, single undo.</summary>
public abstract class ContactMergeContract : StoreContract<ContactStores>
{
    [Fact]
    public async Task MergeThenUndo_MovesEverythingAndPutsItBackExactly()
    {
        var (plan, source, target, conversation) = await MergePlanAsync();

        var merge = await Store.Merges.MergeAsync(plan, None);

        Assert.Equal((1, 1, 1, 1), (merge.Conversations, merge.Cases, merge.Consents, merge.Identities));
        Assert.Equal(target, (await Store.Conversations.GetAsync(conversation, None))!.ContactId);
        Assert.Equal(target, Assert.Single(await Store.Cases.ListByContactAsync(target, None)).ContactId);
        Assert.Empty(await Store.Cases.ListByContactAsync(source, None));
        Assert.Equal(target, Assert.Single(await Store.Conversations.FindIdentitiesAsync("+15555550160", None)).ContactId);
        Assert.Single(await Store.Consents.ListAsync(target, None));
        Assert.Equal(target, (await Store.Profiles.GetAsync(source, None))!.MergedInto);

        Assert.Equal(UndoMergeOutcome.Undone, await Store.Merges.UndoAsync(merge.Id, "alex", T0.AddMinutes(5), None));

        Assert.Equal(source, (await Store.Conversations.GetAsync(conversation, None))!.ContactId);
        Assert.Equal(source, Assert.Single(await Store.Cases.ListByContactAsync(source, None)).ContactId);
        Assert.Empty(await Store.Cases.ListByContactAsync(target, None));
        Assert.Equal(source, Assert.Single(await Store.Conversations.FindIdentitiesAsync("+15555550160", None)).ContactId);
        Assert.Empty(await Store.Consents.ListAsync(target, None));
        var (s, t) = ((await Store.Profiles.GetAsync(source, None))!, (await Store.Profiles.GetAsync(target, None))!);
        Assert.Null(s.MergedInto);
        Assert.Equal(plan.SourceBefore.Phones, s.Phones);
        Assert.Equal(plan.TargetBefore.GivenName, t.GivenName);
        Assert.Equal(plan.TargetBefore.Phones, t.Phones);
        Assert.Equal(UndoMergeOutcome.AlreadyUndone, await Store.Merges.UndoAsync(merge.Id, "alex", T0.AddMinutes(6), None));
        Assert.NotNull((await Store.Merges.GetAsync(merge.Id, None))!.UndoneAt);
    }

    [Fact]
    public async Task UndoAsync_AfterTheWindowOrAnEdit_IsRefusedAndChangesNothing()
    {
        var (plan, _, target, conversation) = await MergePlanAsync();
        var merge = await Store.Merges.MergeAsync(plan, None);

        Assert.Equal(UndoMergeOutcome.Expired, await Store.Merges.UndoAsync(merge.Id, "alex", plan.UndoUntil.AddSeconds(1), None));
        await Store.SaveAsync((await Store.Profiles.GetAsync(target, None))! with { FamilyName = "Edited" });
        Assert.Equal(UndoMergeOutcome.ChangedSince, await Store.Merges.UndoAsync(merge.Id, "alex", T0.AddMinutes(1), None));
        Assert.Equal(UndoMergeOutcome.NotFound, await Store.Merges.UndoAsync("no-such-merge", "alex", T0, None));
        Assert.Equal(target, (await Store.Conversations.GetAsync(conversation, None))!.ContactId);
    }

    [Fact]
    public async Task MergeAsync_SourceChangedSinceRead_IsRefusedAndMovesNothing()
    {
        var (plan, source, _, conversation) = await MergePlanAsync();
        await Store.SaveAsync((await Store.Profiles.GetAsync(source, None))! with { FamilyName = "Meanwhile" });

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Store.Merges.MergeAsync(plan, None));

        Assert.Equal(source, (await Store.Conversations.GetAsync(conversation, None))!.ContactId);
    }

    [Fact]
    public async Task UndoAsync_TwoUndosAtOnce_OneUndoesAndTheOtherFindsItUndone()
    {
        var (plan, source, _, conversation) = await MergePlanAsync();
        var merge = await Store.Merges.MergeAsync(plan, None);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ => Task.Run(() => Store.Merges.UndoAsync(merge.Id, "alex", T0.AddMinutes(1), None))));

        Assert.Equal([UndoMergeOutcome.Undone, UndoMergeOutcome.AlreadyUndone], outcomes.Order());
        Assert.Equal(source, (await Store.Conversations.GetAsync(conversation, None))!.ContactId);
        Assert.Equal(plan.SourceBefore.Version + 2, (await Store.Profiles.GetAsync(source, None))!.Version);
    }

    [Fact]
    public async Task MergeAsync_SameMergeTwice_SecondIsRefusedAndTheFirstStands()
    {
        var (plan, _, target, _) = await MergePlanAsync();
        var merge = await Store.Merges.MergeAsync(plan, None);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => Store.Merges.MergeAsync(plan, None));

        Assert.Equal((target, 1), ((await Store.Merges.GetAsync(merge.Id, None))!.TargetId, (await Store.Merges.GetAsync(merge.Id, None))!.Conversations));
        Assert.Equal(plan.TargetAfter.Version, (await Store.Profiles.GetAsync(target, None))!.Version);
    }

    [Fact]
    public async Task MergeAsync_Merged_SourceIsNoOnesDuplicateAndUndoMakesItOneAgain()
    {
        var (plan, source, target, _) = await MergePlanAsync();
        await Store.SaveAsync((await Store.Profiles.GetAsync(target, None))! with { FamilyName = "Diaz" });
        var sourceRead = (await Store.Profiles.GetAsync(source, None))!;
        await Store.SaveAsync(sourceRead with { Emails = ["merged@example.org"] });
        var fresh = plan with
        {
            SourceBefore = (await Store.Profiles.GetAsync(source, None))!,
            TargetBefore = (await Store.Profiles.GetAsync(target, None))!,
        };
        fresh = fresh with
        {
            SourceAfter = fresh.SourceBefore with { MergedInto = target, Version = fresh.SourceBefore.Version + 1 },
            TargetAfter = fresh.TargetBefore with { Version = fresh.TargetBefore.Version + 1 },
        };

        var merge = await Store.Merges.MergeAsync(fresh, None);

        Assert.Empty(await Store.Profiles.FindByKeysAsync(["email:merged@example.org"], "someone-else", None));
        Assert.Equal(UndoMergeOutcome.Undone, await Store.Merges.UndoAsync(merge.Id, "alex", T0.AddMinutes(1), None));
        Assert.Equal([source], (await Store.Profiles.FindByKeysAsync(["email:merged@example.org"], "someone-else", None)).Select(m => m.ContactId));
    }

    private async Task<(ContactMergePlan Plan, string Source, string Target, string Conversation)> MergePlanAsync()
    {
        var conversation = await CreateConversationAsync(Store.Conversations, inbox: Sms, address: "+15555550160");
        var source = conversation.ContactId;
        var target = await Store.ContactAsync(Web, "user-" + NewId());
        await Store.CaseAsync(source, conversation.Id);
        var targetBefore = await Store.SaveAsync((await Store.Profiles.GetAsync(target, None))! with { GivenName = "Ana" });
        await Store.Consents.RecordAsync(new ConsentRecord(source, "sms", "*", false, T0, "agent", "No texts"), None);
        var sourceBefore = (await Store.Profiles.GetAsync(source, None))!;
        var plan = new ContactMergePlan(NewId(), "alex", T0, T0.AddMinutes(10), sourceBefore, targetBefore,
            sourceBefore with { MergedInto = target, Version = sourceBefore.Version + 1 },
            targetBefore with { Phones = sourceBefore.Phones, Version = targetBefore.Version + 1 },
            [new ContactAuditEntry(target, "alex", T0, ContactAuditEntry.Merge, "contact", source, target)]);
        return (plan, source, target, conversation.Id);
    }
}
