using System.Text.Json;
using CityCrm.Conversations.Attachments;
using CityCrm.Conversations.Contacts.Profiles;
using CityCrm.Conversations.Privacy;
using static CityCrm.Storage.Tests.Contracts.ConversationData;

namespace CityCrm.Storage.Tests.Contracts;

/// <summary>
/// The privacy contract, part two: removals take the personal data and keep the record, once (a second run changes
/// nothing); erasure does a whole contact; scrubs go by age; exports hold every section of the subject.
/// </summary>
public abstract class PrivacyRemovalContract : StoreContract<PrivacyStores>
{
    private static readonly DateTimeOffset Now = T0.AddDays(1000);

    [Fact]
    public async Task AnonymizeConversation_RemovesWordsNamesAndFiles_SecondRunChangesNothing()
    {
        var conversation = await Store.ConversationAsync(T0.AddDays(1));
        var file = await Store.Attachments.SaveAsync(new NewAttachment(conversation.Id, "rosa-id.jpg", "image/jpeg", [1, 2, 3]), None);

        Assert.Equal(2, await Store.Privacy.AnonymizeConversationsAsync([conversation.Id], Now, RemovedText.Retention, None));
        Assert.Equal(0, await Store.Privacy.AnonymizeConversationsAsync([conversation.Id], Now, RemovedText.Retention, None));

        var messages = await Store.Conversations.GetMessagesAsync(conversation.Id, 0, 10, None);
        Assert.All(messages, m => Assert.Equal(RemovedText.Retention, m.Text));
        Assert.All(messages, m => Assert.Equal(RemovedText.Retention, m.Activity.Text));
        Assert.Null(messages[0].AuthorName);
        Assert.Equal("Riverton 311", messages[1].AuthorName);
        Assert.Empty((await Store.Attachments.ReadContentAsync(file.Id, None))!);
        Assert.NotEqual("rosa-id.jpg", (await Store.Attachments.FindAsync(file.Id, None))!.Name);
        Assert.Equal("", (await Store.Conversations.GetAsync(conversation.Id, None))!.Address);
    }

    [Fact]
    public async Task AnonymizeConversations_SeveralAndAnUnknownOne_AllInOneGo()
    {
        var first = await Store.ConversationAsync(T0.AddDays(1), "+13125550170");
        var second = await Store.ConversationAsync(T0.AddDays(1), "+13125550171");

        Assert.Equal(4, await Store.Privacy.AnonymizeConversationsAsync([first.Id, "none-such", second.Id], Now, RemovedText.Retention, None));

        Assert.Equal(RemovedText.Retention, (await Store.Conversations.GetMessagesAsync(second.Id, 0, 1, None))[0].Text);
    }

    [Fact]
    public async Task AnonymizeConversation_ResidentWritesAgain_TheRemovedOneIsNotTheLatest()
    {
        var conversation = await Store.ConversationAsync(T0.AddDays(1));
        Assert.Equal(conversation.Id, (await Store.Conversations.FindLatestAsync(Sms.Id, conversation.ContactId, None))?.Id);

        await Store.Privacy.AnonymizeConversationsAsync([conversation.Id], Now, RemovedText.Retention, None);

        Assert.Null(await Store.Conversations.FindLatestAsync(Sms.Id, conversation.ContactId, None));
    }

    [Fact]
    public async Task AnonymizeCase_KeepsServiceStatusDatesAndBlock_RemovesDescriptionPhotosAndAnswers()
    {
        var conversation = await Store.ConversationAsync(T0.AddDays(1));
        var @case = await Store.CaseAsync(conversation.ContactId, conversation.Id, T0.AddDays(2));

        Assert.Equal(1, await Store.Privacy.AnonymizeCasesAsync([@case.Reference], Now, RemovedText.Retention, None));
        Assert.Equal(0, await Store.Privacy.AnonymizeCasesAsync([@case.Reference], Now, RemovedText.Retention, None));

        var kept = (await Store.Cases.GetByReferenceAsync(@case.Reference, None))!;
        Assert.Equal((@case.ServiceCode, @case.Status, @case.CreatedAt, @case.UpdatedAt), (kept.ServiceCode, kept.Status, kept.CreatedAt, kept.UpdatedAt));
        Assert.Equal(RemovedText.Retention, kept.Description);
        Assert.Equal("100 block of Elm Street", kept.Location);
        Assert.Equal((42.123, -71.654), (kept.Point!.Value.Latitude, kept.Point.Value.Longitude));
        Assert.Empty(kept.Media);
        Assert.Empty(kept.Attributes);
        Assert.Equal(@case.History.Count, kept.History.Count);
        Assert.All(kept.History, h => Assert.Equal("", h.Note));
    }

    [Fact]
    public async Task AnonymizeContact_RemovesIdentitiesAndProfile_SameNumberLaterIsAFreshContact()
    {
        var conversation = await Store.ConversationAsync(T0.AddDays(1), "+13125550150");
        await Store.Profiles.AppendAuditAsync(new ContactAuditEntry(conversation.ContactId, "agent-1", T0, ContactAuditEntry.Change, "familyName", "Diaz", "Diaz-Ruiz"), None);

        Assert.Equal(1, await Store.Privacy.AnonymizeContactsAsync([conversation.ContactId], Now, None));
        Assert.Equal(0, await Store.Privacy.AnonymizeContactsAsync([conversation.ContactId], Now, None));

        Assert.Empty(await Store.Conversations.FindIdentitiesAsync("+13125550150", None));
        var profile = (await Store.Profiles.GetAsync(conversation.ContactId, None))!;
        Assert.Equal((null, 0), (profile.DisplayName, profile.Phones.Count));
        var audit = Assert.Single(await Store.Profiles.ListAuditAsync(conversation.ContactId, 10, None));
        Assert.Equal(("agent-1", "familyName", null, null), (audit.Actor, audit.Field, audit.OldValue, audit.NewValue));
        var fresh = await Store.Conversations.GetOrCreateContactAsync(Sms.Id, "+13125550150", "Rosa", None);
        Assert.NotEqual(conversation.ContactId, fresh.Id);
    }

    [Fact]
    public async Task EraseContact_EveryConversationCaseAndTheContact_InOneGo()
    {
        var first = await Store.ConversationAsync(T0.AddDays(1), "+13125550160");
        var second = await Store.ConversationAsync(T0.AddDays(2), "+13125550160");
        var @case = await Store.CaseAsync(first.ContactId, first.Id, null);

        var counts = await Store.Privacy.EraseContactAsync(first.ContactId, Now, RemovedText.Erasure, None);

        Assert.Equal(new ErasureCounts(2, 4, 1, true), counts);
        Assert.All(await Store.Conversations.GetMessagesAsync(second.Id, 0, 10, None), m => Assert.Equal(RemovedText.Erasure, m.Text));
        var kept = (await Store.Cases.GetByReferenceAsync(@case.Reference, None))!;
        Assert.Equal((RemovedText.Erasure, "", @case.Status), (kept.Description, kept.ContactId, kept.Status));
        Assert.Empty(await Store.Conversations.FindIdentitiesAsync("+13125550160", None));
        Assert.Null(await Store.Privacy.EraseContactAsync("none-such", Now, RemovedText.Erasure, None));
    }

    [Fact]
    public async Task Scrub_Attachments_OnlyOlderThanTheCutoff()
    {
        var conversation = await Store.ConversationAsync(null);
        var file = await Store.Attachments.SaveAsync(new NewAttachment(conversation.Id, "photo.jpg", "image/jpeg", [1, 2, 3]), None);
        var created = (await Store.Attachments.FindAsync(file.Id, None))!.CreatedAt;

        Assert.Equal(0, await Store.Privacy.ScrubAsync(RetentionRecord.Attachments, created.AddSeconds(-1), 10, None));
        Assert.Equal(1, await Store.Privacy.ScrubAsync(RetentionRecord.Attachments, created.AddSeconds(1), 10, None));
        Assert.Equal(0, await Store.Privacy.ScrubAsync(RetentionRecord.Attachments, created.AddSeconds(1), 10, None));
        Assert.Empty((await Store.Attachments.ReadContentAsync(file.Id, None))!);
    }

    [Fact]
    public async Task Scrub_AuditEntries_DeletesOnlyOlderOnes()
    {
        await Store.Profiles.AppendAuditAsync(new ContactAuditEntry("c-1", "agent-1", T0, ContactAuditEntry.Read, "profile", null, null), None);
        await Store.Profiles.AppendAuditAsync(new ContactAuditEntry("c-1", "agent-1", T0.AddDays(10), ContactAuditEntry.Read, "profile", null, null), None);

        Assert.Equal(1, await Store.Privacy.ScrubAsync(RetentionRecord.AuditEntries, T0.AddDays(5), 10, None));

        Assert.Equal([T0.AddDays(10)], (await Store.Profiles.ListAuditAsync("c-1", 10, None)).Select(a => a.At));
    }

    [Theory]
    [InlineData(RetentionRecord.InsightQuestions)]
    [InlineData(RetentionRecord.OutreachSends)]
    [InlineData(RetentionRecord.SurveyAnswers)]
    public async Task Scrub_NothingStored_ChangesNothing(RetentionRecord record) =>
        Assert.Equal(0, await Store.Privacy.ScrubAsync(record, Now, 10, None));

    [Fact]
    public async Task ExportContact_HoldsProfileConversationsMessagesCasesAndAudit()
    {
        var conversation = await Store.ConversationAsync(T0.AddDays(1));
        var @case = await Store.CaseAsync(conversation.ContactId, conversation.Id, null);

        var export = (await Store.Privacy.ExportContactAsync(conversation.ContactId, None))!.ToDictionary(s => s.Name);

        Assert.Equal(conversation.Address, Assert.Single(export["identities"].Rows)["address"]);
        Assert.Equal(2, export["messages"].Rows.Count);
        Assert.Equal(@case.Reference, Assert.Single(export["cases"].Rows)["reference"]);
        Assert.IsType<JsonElement>(export["cases"].Rows[0]["history"]);
        Assert.Contains("audit", export.Keys);
        Assert.Null(await Store.Privacy.ExportContactAsync("none-such", None));
    }

    [Fact]
    public async Task ExportConversationAndCase_FullHistory_UnknownIsNull()
    {
        var conversation = await Store.ConversationAsync(T0.AddDays(1));
        var @case = await Store.CaseAsync(conversation.ContactId, conversation.Id, T0.AddDays(2));

        var byConversation = (await Store.Privacy.ExportConversationAsync(conversation.Id, None))!.ToDictionary(s => s.Name);
        var byCase = (await Store.Privacy.ExportCaseAsync(@case.Reference, None))!.ToDictionary(s => s.Name);

        Assert.Equal(["I am Rosa Diaz at 12 Elm Street, call me", "Thanks Rosa"], byConversation["messages"].Rows.Select(r => r["text"]));
        Assert.Equal(@case.Description, Assert.Single(byCase["case"].Rows)["description"]);
        Assert.Null(await Store.Privacy.ExportConversationAsync("none-such", None));
        Assert.Null(await Store.Privacy.ExportCaseAsync("R-999999", None));
    }
}
