using CityCrm.Conversations.Contacts.Consent;
using CityCrm.Conversations.Contacts.Profiles;
using CityCrm.Conversations.Outreach;

namespace CityCrm.Storage.Tests.Contracts;

/// <summary>What every segment and broadcast store must do, whatever the storage.</summary>
public abstract class OutreachStoreContract : StoreContract<OutreachStores>
{
    private static readonly DateTimeOffset At = new(2026, 12, 7, 15, 0, 0, TimeSpan.Zero);

    private static Segment NewSegment(string id, string name) =>
        new(id, name, new SegmentRules { Streets = ["Elm St"], Tags = ["flood-zone"] }, 1, "supervisor", At, "supervisor", At);

    private static Broadcast NewBroadcast(string id, DateTimeOffset? at = null) => new(id, "s1", "Elm Street", "road-closure",
        new Dictionary<string, string> { ["en"] = "Elm St closed", ["es"] = "Calle Elm cerrada" }, false, BroadcastStatus.Sending, "supervisor", at ?? At);

    private static BroadcastRecipient Recipient(string broadcastId, string contactId, int position, string channel = "sms") =>
        new(broadcastId, contactId, position, channel + "-main", channel, $"+1312555{position:D4}", "en");

    [Fact]
    public async Task CreateAsync_ThenGetAndList_ReturnsTheRulesByName()
    {
        await Store.Segments.CreateAsync(NewSegment("s2", "zeta"), None);
        await Store.Segments.CreateAsync(NewSegment("s1", "Alpha"), None);

        var got = await Store.Segments.GetAsync("s1", None);
        Assert.Equal(["Elm St"], got!.Rules.Streets);
        Assert.Equal(["flood-zone"], got.Rules.Tags);
        Assert.Equal(1, got.Version);
        Assert.Equal(["Alpha", "zeta"], (await Store.Segments.ListAsync(None)).Select(s => s.Name));
        Assert.Null(await Store.Segments.GetAsync("nope", None));
    }

    [Fact]
    public async Task UpdateAsync_CurrentThenStaleVersion_SavesOnceAndRefusesTheStale()
    {
        var segment = NewSegment("s1", "Elm");
        await Store.Segments.CreateAsync(segment, None);

        Assert.True(await Store.Segments.UpdateAsync(segment with { Name = "Elm and Oak", Rules = new SegmentRules { Streets = ["Oak Ave"] } }, 1, None));
        Assert.False(await Store.Segments.UpdateAsync(segment with { Name = "stale" }, 1, None));

        var stored = await Store.Segments.GetAsync("s1", None);
        Assert.Equal(("Elm and Oak", 2, "Oak Ave"), (stored!.Name, stored.Version, stored.Rules.Streets.Single()));
    }

    [Fact]
    public async Task ReadAudienceAsync_Contacts_ProfilesIdentitiesAndSubscriptionsInForceWithoutMergedOnes()
    {
        var (inbox, other) = (ConversationData.Sms, ConversationData.Web);
        var saved = (await Store.Conversations.GetOrCreateContactAsync(inbox.Id, "+13125550101", "Ana", None)).Id;
        var plain = (await Store.Conversations.GetOrCreateContactAsync(inbox.Id, "+13125550102", "Ben", None)).Id;
        var merged = (await Store.Conversations.GetOrCreateContactAsync(other.Id, "+13125550103", "Old", None)).Id;
        var profile = (await Store.Profiles.GetAsync(saved, None))! with { Address = new PostalAddress("1 Elm St", null, "Riverton", "IL", "60601"), Tags = ["flood-zone"] };
        Assert.True(await Store.Profiles.SaveAsync(profile, 0, [], None));
        Assert.True(await Store.Profiles.SaveAsync((await Store.Profiles.GetAsync(merged, None))! with { MergedInto = saved }, 0, [], None));
        await Store.Consents.RecordAsync(new ConsentRecord(saved, "*", "subscription:trash", true, At, "keyword", "subscribed"), None);
        await Store.Consents.RecordAsync(new ConsentRecord(saved, "*", "subscription:flooding", true, At, "keyword", "subscribed"), None);
        await Store.Consents.RecordAsync(new ConsentRecord(saved, "*", "subscription:flooding", false, At.AddMinutes(1), "keyword", "unsubscribed"), None);

        var audience = (await Store.Segments.ReadAudienceAsync(None)).ToDictionary(m => m.ContactId);

        Assert.Equal(new[] { saved, plain }.Order(StringComparer.Ordinal), audience.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("1 Elm St", audience[saved].Profile.Address!.Street);
        Assert.Equal(["trash"], audience[saved].Subscriptions);
        Assert.Equal([new AudienceIdentity(inbox.Id, "+13125550101")], audience[saved].Identities);
        Assert.Equal(["+13125550102"], audience[plain].Profile.Phones.Select(p => p.Number));
        Assert.Empty(audience[plain].Subscriptions);
    }

    [Fact]
    public async Task SaveAsync_ProfileWithCoordinates_ReadBackAndGivenToTheAudience()
    {
        var placed = (await Store.Conversations.GetOrCreateContactAsync(ConversationData.Sms.Id, "+13125550111", "Placed", None)).Id;
        var unplaced = (await Store.Conversations.GetOrCreateContactAsync(ConversationData.Sms.Id, "+13125550112", "Unplaced", None)).Id;
        var profile = (await Store.Profiles.GetAsync(placed, None))! with
        {
            Address = new PostalAddress("150 Elm St", null, "Riverton", "IL", "60601"), Latitude = 42.3455, Longitude = -71.0883,
        };
        Assert.True(await Store.Profiles.SaveAsync(profile, 0, [], None));
        Assert.True(await Store.Profiles.SaveAsync((await Store.Profiles.GetAsync(unplaced, None))! with { Tags = ["x"] }, 0, [], None));

        var read = await Store.Profiles.GetAsync(placed, None);
        var audience = (await Store.Segments.ReadAudienceAsync(None)).ToDictionary(m => m.ContactId);

        Assert.Equal((42.3455, -71.0883), (read!.Latitude, read.Longitude));
        Assert.Equal(new GeoPoint(-71.0883, 42.3455), audience[placed].Location);
        Assert.Null(audience[unplaced].Location);
    }

    [Fact]
    public async Task PlanAsync_ThenListWaiting_InPositionOrderPerChannelUpToTheLimit()
    {
        await Store.Broadcasts.PlanAsync(NewBroadcast("b1"),
            [Recipient("b1", "c3", 3), Recipient("b1", "c1", 1), Recipient("b1", "c2", 2, "email"), Recipient("b1", "c4", 4)], None);

        Assert.Equal(["email", "sms"], await Store.Broadcasts.ListWaitingChannelsAsync(None));
        Assert.Equal(["c1", "c3"], (await Store.Broadcasts.ListWaitingAsync("sms", 2, None)).Select(r => r.ContactId));
        var stored = await Store.Broadcasts.GetAsync("b1", None);
        Assert.Equal(("Calle Elm cerrada", BroadcastStatus.Sending), (stored!.Texts["es"], stored.Status));
        Assert.Equal(["b1"], (await Store.Broadcasts.ListAsync(10, None)).Select(b => b.Id));
        Assert.Equal([1, 2, 3, 4], (await Store.Broadcasts.ListRecipientsAsync("b1", 10, None)).Select(r => r.Position));
    }

    [Fact]
    public async Task MarkSendingThenComplete_Recipients_CountedByStatusAndLeaveTheWaitingList()
    {
        await Store.Broadcasts.PlanAsync(NewBroadcast("b1"), [Recipient("b1", "c1", 1), Recipient("b1", "c2", 2), Recipient("b1", "c3", 3)], None);

        await Store.Broadcasts.MarkSendingAsync("b1", "c1", "conv-1", At, None);
        var sending = (await Store.Broadcasts.ListWaitingAsync("sms", 10, None)).First();
        await Store.Broadcasts.CompleteAsync("b1", "c1", RecipientStatus.Sent, 4, null, At, None);
        await Store.Broadcasts.CompleteAsync("b1", "c2", RecipientStatus.OptedOut, null, "opted out of sms", At, None);

        Assert.Equal((RecipientStatus.Sending, "conv-1"), (sending.Status, sending.ConversationId));
        Assert.Equal(["c3"], (await Store.Broadcasts.ListWaitingAsync("sms", 10, None)).Select(r => r.ContactId));
        var counts = await Store.Broadcasts.CountAsync("b1", None);
        Assert.Equal((3, 1, 1, 1), (counts.Planned, counts.Waiting, counts.Sent, counts.OptedOut));
        Assert.Equal(3, counts.ByChannel["sms"]);
    }

    [Fact]
    public async Task FinishDoneAsync_OnlyBroadcastsWithNobodyWaiting_Finish()
    {
        await Store.Broadcasts.PlanAsync(NewBroadcast("b1"), [Recipient("b1", "c1", 1)], None);
        await Store.Broadcasts.PlanAsync(NewBroadcast("b2", At.AddMinutes(1)), [Recipient("b2", "c1", 1)], None);
        await Store.Broadcasts.CompleteAsync("b1", "c1", RecipientStatus.Sent, 1, null, At, None);

        await Store.Broadcasts.FinishDoneAsync(At.AddMinutes(5), None);

        Assert.Equal(BroadcastStatus.Finished, (await Store.Broadcasts.GetAsync("b1", None))!.Status);
        Assert.Equal(At.AddMinutes(5), (await Store.Broadcasts.GetAsync("b1", None))!.FinishedAt);
        Assert.Equal(BroadcastStatus.Sending, (await Store.Broadcasts.GetAsync("b2", None))!.Status);
    }

    [Fact]
    public async Task CancelAsync_SendingBroadcast_CancelsPlannedRecipientsOnceAndHidesTheRest()
    {
        await Store.Broadcasts.PlanAsync(NewBroadcast("b1"), [Recipient("b1", "c1", 1), Recipient("b1", "c2", 2)], None);
        await Store.Broadcasts.MarkSendingAsync("b1", "c1", "conv-1", At, None);

        Assert.True(await Store.Broadcasts.CancelAsync("b1", At, None));
        Assert.False(await Store.Broadcasts.CancelAsync("b1", At, None));

        Assert.Equal(BroadcastStatus.Cancelled, (await Store.Broadcasts.GetAsync("b1", None))!.Status);
        Assert.Empty(await Store.Broadcasts.ListWaitingAsync("sms", 10, None));
        Assert.Empty(await Store.Broadcasts.ListWaitingChannelsAsync(None));
        Assert.Equal(1, (await Store.Broadcasts.CountAsync("b1", None)).Cancelled);
    }
    [Fact]
    public async Task PlanAsync_ThreeHundredRecipients_ListedWholeInPositionOrder()
    {
        var recipients = Enumerable.Range(1, 300).Select(i => Recipient("b1", "c" + i, i)).Reverse().ToList();
        await Store.Broadcasts.PlanAsync(NewBroadcast("b1"), recipients, None);

        var listed = await Store.Broadcasts.ListRecipientsAsync("b1", 1000, None);

        Assert.Equal(Enumerable.Range(1, 300), listed.Select(r => r.Position));
        Assert.Equal(250, (await Store.Broadcasts.ListWaitingAsync("sms", 250, None)).Count);
        Assert.Equal(300, (await Store.Broadcasts.CountAsync("b1", None)).Waiting);
    }

    [Fact]
    public async Task PlanAsync_SameBroadcastTwice_RefusesTheSecondAndKeepsTheFirst()
    {
        await Store.Broadcasts.PlanAsync(NewBroadcast("b1"), [Recipient("b1", "c1", 1)], None);

        await Assert.ThrowsAnyAsync<Exception>(() => Store.Broadcasts.PlanAsync(NewBroadcast("b1"), [Recipient("b1", "c9", 9)], None));

        Assert.Equal(["c1"], (await Store.Broadcasts.ListRecipientsAsync("b1", 10, None)).Select(r => r.ContactId));
    }

    [Fact]
    public async Task CancelAsync_TwoAtOnce_ExactlyOneCancels()
    {
        await Store.Broadcasts.PlanAsync(NewBroadcast("b1"), [Recipient("b1", "c1", 1), Recipient("b1", "c2", 2)], None);

        var results = await Task.WhenAll(Task.Run(() => Store.Broadcasts.CancelAsync("b1", At, None)), Task.Run(() => Store.Broadcasts.CancelAsync("b1", At, None)));

        Assert.Single(results, r => r);
        Assert.Equal(2, (await Store.Broadcasts.CountAsync("b1", None)).Cancelled);
    }

    [Fact]
    public async Task UpdateAsync_TwoWritersOnOneVersion_ExactlyOneSaves()
    {
        var segment = NewSegment("s1", "Elm");
        await Store.Segments.CreateAsync(segment, None);

        var results = await Task.WhenAll(
            Task.Run(() => Store.Segments.UpdateAsync(segment with { Name = "A" }, 1, None)),
            Task.Run(() => Store.Segments.UpdateAsync(segment with { Name = "B" }, 1, None)));

        Assert.Single(results, r => r);
        Assert.Equal(2, (await Store.Segments.GetAsync("s1", None))!.Version);
    }
    [Fact]
    public async Task PlanAsync_TwoPlansOfOneBroadcastAtOnce_OneStandsWithOnlyItsOwnRecipients()
    {
        var first = Enumerable.Range(1, 20).Select(i => Recipient("b1", "a" + i, i)).ToList();
        var second = Enumerable.Range(1, 20).Select(i => Recipient("b1", (i % 2 == 0 ? "a" : "b") + i, i)).ToList();

        var plans = await Task.WhenAll(
            Task.Run(async () => { try { await Store.Broadcasts.PlanAsync(NewBroadcast("b1"), first, None); return true; } catch (Exception) { return false; } }),
            Task.Run(async () => { try { await Store.Broadcasts.PlanAsync(NewBroadcast("b1"), second, None); return true; } catch (Exception) { return false; } }));

        Assert.Single(plans, p => p);
        var winner = plans[0] ? first : second;
        Assert.Equal(winner.Select(r => r.ContactId), (await Store.Broadcasts.ListRecipientsAsync("b1", 100, None)).Select(r => r.ContactId));
        Assert.Equal(20, (await Store.Broadcasts.CountAsync("b1", None)).Planned);
    }
}
