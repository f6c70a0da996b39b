using CityCrm.Conversations.Outbox;

namespace CityCrm.Conversations.Tests.Outbox;

/// <summary>
/// A crash between the provider accepting a message and the outbox recording it leaves the entry pending with its
/// attempt mark; the next dispatcher must find the accepted message instead of sending it again.
/// </summary>
public sealed class OutboxCrashRecoveryTests
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(20);

    private static async Task<(OutboxHarness H, ProviderLedgerSender Provider)> CreateAsync()
    {
        ProviderLedgerSender? provider = null;
        var h = await OutboxHarness.CreateAsync(clock => provider = new ProviderLedgerSender(clock));
        return (h, provider!);
    }

    // What a dispatcher killed mid-send leaves: the entry marked as attempted, and maybe the provider holding it.
    private static async Task<OutboxEntry> CrashMidSendAsync(OutboxHarness h, ProviderLedgerSender provider, bool providerAccepted)
    {
        var head = Assert.Single(await h.Outbox.GetHeadsAsync(10, CancellationToken.None));
        await h.Outbox.MarkAttemptAsync(head.Id, h.Clock.GetUtcNow(), CancellationToken.None);
        if (providerAccepted)
            provider.AcceptUnrecorded(head.Address, head.Text);
        return head;
    }

    [Fact]
    public async Task Dispatch_ProviderAcceptedBeforeTheCrash_RecordsItsIdAndSendsNothingAgain()
    {
        var (h, provider) = await CreateAsync();
        await using var _ = h;
        var c = await h.StartAsync("+15550401");
        await h.AgentSaysAsync(c, "Bulk pickup is on Mondays.");
        await CrashMidSendAsync(h, provider, providerAccepted: true);
        await h.AgentSaysAsync(c, "Anything else?");
        await h.StartDispatcherAsync();

        await h.RunUntilAsync(async () => (await h.TranscriptAsync(c)).All(m => m.DeliveryStatus is "sent" or "queued"), Step);

        Assert.Equal(["Bulk pickup is on Mondays.", "Anything else?"], provider.Accepted.Select(a => a.Text));
        var transcript = await h.TranscriptAsync(c);
        Assert.Equal(provider.Accepted.Select(a => a.Id), transcript.Select(m => m.ProviderMessageId));
    }

    [Fact]
    public async Task Dispatch_CrashBeforeTheProviderAccepted_SendsItOnce()
    {
        var (h, provider) = await CreateAsync();
        await using var _ = h;
        var c = await h.StartAsync("+15550402");
        await h.AgentSaysAsync(c, "Bulk pickup is on Mondays.");
        await CrashMidSendAsync(h, provider, providerAccepted: false);
        await h.StartDispatcherAsync();

        await h.RunUntilAsync(async () => (await h.TranscriptAsync(c)).All(m => m.DeliveryStatus == "queued"), Step);

        Assert.Equal(["Bulk pickup is on Mondays."], provider.Accepted.Select(a => a.Text));
    }

    [Fact]
    public async Task Dispatch_SameTextAcceptedEarlierForAnotherMessage_DoesNotTakeThatMessageAsThisOne()
    {
        var (h, provider) = await CreateAsync();
        await using var _ = h;
        var c = await h.StartAsync("+15550403");
        await h.AgentSaysAsync(c, "Reply YES or NO.");
        var dispatcher = await h.StartDispatcherAsync();
        await h.RunUntilAsync(async () => (await h.TranscriptAsync(c)).All(m => m.DeliveryStatus == "queued"), Step);
        var first = Assert.Single(provider.Accepted);
        await h.StopDispatcherAsync(dispatcher);
        await h.AgentSaysAsync(c, "Reply YES or NO.");
        var head = Assert.Single(await h.Outbox.GetHeadsAsync(10, CancellationToken.None));
        // The mark predates the first message, so the provider's list offers it; it is already another entry's.
        await h.Outbox.MarkAttemptAsync(head.Id, first.At.AddSeconds(-1), CancellationToken.None);
        await h.StartDispatcherAsync();

        await h.RunUntilAsync(async () => (await h.TranscriptAsync(c)).All(m => m.DeliveryStatus == "queued"), Step);

        Assert.Equal(2, provider.Accepted.Count);
        var transcript = await h.TranscriptAsync(c);
        Assert.Equal(provider.Accepted.Select(a => a.Id), transcript.Select(m => m.ProviderMessageId));
    }

    [Fact]
    public async Task Dispatch_ProviderListUnavailable_WaitsInsteadOfSendingBlind()
    {
        var (h, provider) = await CreateAsync();
        await using var _ = h;
        var c = await h.StartAsync("+15550404");
        await h.AgentSaysAsync(c, "Bulk pickup is on Mondays.");
        await CrashMidSendAsync(h, provider, providerAccepted: true);
        provider.ListUnavailable = true;
        await h.StartDispatcherAsync();

        await h.RunUntilAsync(async () => (await h.Outbox.GetHeadsAsync(10, CancellationToken.None)).Single().Attempts >= 2, Step);
        provider.ListUnavailable = false;
        await h.RunUntilAsync(async () => (await h.TranscriptAsync(c)).All(m => m.DeliveryStatus == "sent"), Step);

        Assert.Single(provider.Accepted);
    }
}
