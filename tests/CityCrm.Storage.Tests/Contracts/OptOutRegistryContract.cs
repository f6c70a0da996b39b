using CityCrm.Conversations.Contacts;
using static CityCrm.Storage.Tests.Contracts.ConversationData;

namespace CityCrm.Storage.Tests.Contracts;

/// <summary>The opt-out contract: the current state per channel and address, and every change kept.</summary>
public abstract class OptOutRegistryContract : StoreContract<DeliveryStores>
{
    private IOptOutRegistry OptOuts => Store.OptOuts;

    /// <summary>Every recorded change for the address, oldest first.</summary>
    protected abstract Task<IReadOnlyList<ConsentChange>> HistoryAsync(string channelId, string address);

    [Fact]
    public async Task IsOptedOutAsync_NothingRecorded_IsFalse() =>
        Assert.False(await OptOuts.IsOptedOutAsync("sms", "+15550200", None));

    [Fact]
    public async Task RecordAsync_StopThenStart_FollowsTheLatestChange()
    {
        await OptOuts.RecordAsync(new ConsentChange("sms", "+15550201", "sms-main", true, "STOP", T0), None);
        Assert.True(await OptOuts.IsOptedOutAsync("sms", "+15550201", None));

        await OptOuts.RecordAsync(new ConsentChange("sms", "+15550201", "sms-main", false, "START", T0.AddDays(1)), None);
        Assert.False(await OptOuts.IsOptedOutAsync("sms", "+15550201", None));
    }

    [Fact]
    public async Task RecordAsync_OptOutOnOneChannel_LeavesOtherChannelsAndAddressesAlone()
    {
        await OptOuts.RecordAsync(new ConsentChange("sms", "+15550202", "sms-main", true, "STOP", T0), None);

        Assert.False(await OptOuts.IsOptedOutAsync("whatsapp", "+15550202", None));
        Assert.False(await OptOuts.IsOptedOutAsync("sms", "+15550203", None));
    }

    [Fact]
    public async Task RecordAsync_RepeatedStop_KeepsStateAndEveryChangeInHistory()
    {
        await OptOuts.RecordAsync(new ConsentChange("sms", "+15550204", "sms-main", true, "STOP", T0), None);
        await OptOuts.RecordAsync(new ConsentChange("sms", "+15550204", "sms-other", true, "UNSUBSCRIBE", T0.AddMinutes(1)), None);
        await OptOuts.RecordAsync(new ConsentChange("sms", "+15550204", "sms-main", false, "agent:alex", T0.AddMinutes(2)), None);
        await OptOuts.RecordAsync(new ConsentChange("sms", "+15550204", "sms-main", true, "QUIT", T0.AddMinutes(3)), None);

        Assert.True(await OptOuts.IsOptedOutAsync("sms", "+15550204", None));
        var history = await HistoryAsync("sms", "+15550204");
        Assert.Equal(["STOP", "UNSUBSCRIBE", "agent:alex", "QUIT"], history.Select(h => h.Keyword));
        Assert.Equal([true, true, false, true], history.Select(h => h.OptedOut));
        Assert.Equal(["sms-main", "sms-other", "sms-main", "sms-main"], history.Select(h => h.InboxId));
        Assert.Equal(T0.AddMinutes(1), history[1].At);
    }

    [Fact]
    public async Task RecordAsync_SameSourceMessageTwice_RecordedOnce()
    {
        await OptOuts.RecordAsync(new ConsentChange("sms", "+15550205", "sms-main", true, "STOP", T0, "SM1"), None);
        await OptOuts.RecordAsync(new ConsentChange("sms", "+15550205", "sms-main", false, "START", T0.AddMinutes(1), "SM2"), None);

        await OptOuts.RecordAsync(new ConsentChange("sms", "+15550205", "sms-main", true, "STOP", T0.AddMinutes(2), "SM1"), None);

        Assert.False(await OptOuts.IsOptedOutAsync("sms", "+15550205", None));
        Assert.Equal(["STOP", "START"], (await HistoryAsync("sms", "+15550205")).Select(h => h.Keyword));
    }
}
