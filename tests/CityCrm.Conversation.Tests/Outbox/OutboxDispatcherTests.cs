using CityCrm.Channels;
using CityCrm.Conversations.Contacts;
using CityCrm.Conversations.Events;
using CityCrm.Conversations.Outbox;

namespace CityCrm.Conversations.Tests.Outbox;

public sealed class OutboxDispatcherTests
{
    private static readonly TimeSpan Step = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Dispatch_ProviderDownTenMinutes_DeliversEveryPartInOrderWhenItReturns()
    {
        await using var h = await OutboxHarness.CreateAsync();
        var back = OutboxHarness.T0.AddMinutes(10);
        h.Sender.Answer = _ => h.Clock.GetUtcNow() < back ? SendOutcome.Retry("HTTP 503 from the provider") : null;
        var c = await h.StartAsync("+15550301");
        var longText = string.Join(' ', Enumerable.Repeat("Bulk pickup is on the first Monday of the month.", 5));
        await h.AgentSaysAsync(c, "First reply.");
        await h.AgentSaysAsync(c, longText);
        await h.AgentSaysAsync(c, "Third reply.");
        await h.StartDispatcherAsync();

        await h.RunUntilAsync(async () => (await h.TranscriptAsync(c)).All(m => m.DeliveryStatus == "queued"), Step);

        var expected = new List<string> { "First reply." };
        expected.AddRange(TextSplitter.Split(longText, 160));
        expected.Add("Third reply.");
        Assert.True(expected.Count > 3);
        Assert.Equal(expected, h.Sender.AcceptedTexts);
        var calls = h.Sender.Calls.ToList();
        var firstAccepted = calls.FindIndex(x => x.Outcome.Kind == SendOutcomeKind.Accepted);
        Assert.True(firstAccepted > 1, "the provider was tried more than once while down");
        Assert.All(calls.Take(firstAccepted), x => Assert.Equal("First reply.", x.Delivery.Activity.Text));
        Assert.All(calls.Take(firstAccepted), x => Assert.True(x.At < back));
        Assert.True(calls[firstAccepted].At >= back);
        Assert.All(calls, x => Assert.Equal(("sms-main", "+15550301"), (x.Delivery.InboxId, x.Delivery.Address)));
    }

    [Fact]
    public async Task Dispatch_ProviderRefusesOne_MarksItFailedAndSendsTheNext()
    {
        await using var h = await OutboxHarness.CreateAsync();
        h.Sender.Answer = d => d.Activity.Text == "Refused one." ? SendOutcome.Failed("21211 Invalid 'To' phone number") : null;
        var c = await h.StartAsync("+15550302");
        await h.AgentSaysAsync(c, "Refused one.");
        await h.AgentSaysAsync(c, "Next one.");
        await h.StartDispatcherAsync();

        await h.RunUntilAsync(async () => (await h.TranscriptAsync(c)).All(m => m.DeliveryStatus is "failed" or "queued"), Step);

        var transcript = await h.TranscriptAsync(c);
        Assert.Equal(("failed", "21211 Invalid 'To' phone number"), (transcript[0].DeliveryStatus, transcript[0].DeliveryError));
        Assert.Equal("queued", transcript[1].DeliveryStatus);
        Assert.Equal(["Next one."], h.Sender.AcceptedTexts);
        Assert.Single(h.Sender.Calls, x => x.Delivery.Activity.Text == "Refused one.");
    }

    [Fact]
    public async Task Dispatch_ResidentOptedOut_BlocksWithoutSending()
    {
        await using var h = await OutboxHarness.CreateAsync();
        var c = await h.StartAsync("+15550303");
        await h.OptOuts.RecordAsync(new ConsentChange("sms", "+15550303", "sms-main", true, "STOP", OutboxHarness.T0), CancellationToken.None);
        await h.AgentSaysAsync(c, "Your case was closed.");
        await h.StartDispatcherAsync();

        await h.RunUntilAsync(async () => (await h.TranscriptAsync(c)).Single().DeliveryStatus == "blocked", Step);

        Assert.Empty(h.Sender.Calls);
        Assert.Contains("opted out", (await h.TranscriptAsync(c)).Single().DeliveryError);
    }

    [Fact]
    public async Task Dispatch_OneConversationsProviderDown_OtherConversationIsStillDelivered()
    {
        await using var h = await OutboxHarness.CreateAsync();
        h.Sender.Answer = d => d.Address == "+15550304" ? SendOutcome.Retry("carrier timeout") : null;
        var stuck = await h.StartAsync("+15550304");
        var other = await h.StartAsync("+15550305");
        await h.AgentSaysAsync(stuck, "Stuck reply.");
        await h.AgentSaysAsync(other, "Other one.");
        await h.AgentSaysAsync(other, "Other two.");
        await h.StartDispatcherAsync();

        await h.RunUntilAsync(async () => (await h.TranscriptAsync(other)).All(m => m.DeliveryStatus == "queued")
            && (await h.TranscriptAsync(stuck)).Single().DeliveryError is not null, Step);

        Assert.Equal(["Other one.", "Other two."], h.Sender.AcceptedTexts);
        var pending = (await h.TranscriptAsync(stuck)).Single();
        Assert.Equal(("pending", "carrier timeout"), (pending.DeliveryStatus, pending.DeliveryError));
    }

    [Fact]
    public async Task Dispatch_Restarted_SendsWhatThePreviousRunLeftPending()
    {
        await using var h = await OutboxHarness.CreateAsync();
        h.Sender.Answer = _ => SendOutcome.Retry("HTTP 500");
        var c = await h.StartAsync("+15550306");
        await h.AgentSaysAsync(c, "Left behind one.");
        await h.AgentSaysAsync(c, "Left behind two.");
        var first = await h.StartDispatcherAsync();
        await h.RunUntilAsync(() => Task.FromResult(!h.Sender.Calls.IsEmpty), Step);
        await h.StopDispatcherAsync(first);
        h.Sender.Answer = _ => null;

        await h.StartDispatcherAsync();
        await h.RunUntilAsync(async () => (await h.TranscriptAsync(c)).All(m => m.DeliveryStatus == "queued"), Step);

        Assert.Equal(["Left behind one.", "Left behind two."], h.Sender.AcceptedTexts);
    }

    [Fact]
    public async Task Dispatch_StoppedWhileTheProviderAccepts_RecordsTheAcceptanceAndNeverSendsItAgain()
    {
        await using var h = await OutboxHarness.CreateAsync();
        var c = await h.StartAsync("+15550308");
        await h.AgentSaysAsync(c, "Sent once.");
        var started = new TaskCompletionSource<OutboxDispatcher>(TaskCreationOptions.RunContinuationsAsynchronously);
        Task? stopping = null;
        // The stop arrives while the provider is taking the message: it has it, so the outbox must remember that.
        h.Sender.Answer = _ =>
        {
            stopping ??= h.StopDispatcherAsync(started.Task.GetAwaiter().GetResult());
            return null;
        };
        started.SetResult(await h.StartDispatcherAsync());
        await h.RunUntilAsync(() => Task.FromResult(stopping is not null), Step);
        await stopping!;

        Assert.Equal("queued", (await h.TranscriptAsync(c)).Single().DeliveryStatus);
        await h.StartDispatcherAsync();
        await h.AgentSaysAsync(c, "Next one.");
        await h.RunUntilAsync(async () => (await h.TranscriptAsync(c)).All(m => m.DeliveryStatus == "queued"), Step);
        Assert.Equal(["Sent once.", "Next one."], h.Sender.AcceptedTexts);
    }

    [Fact]
    public async Task Dispatch_ProviderDownForADay_GivesUpAsFailed()
    {
        await using var h = await OutboxHarness.CreateAsync();
        h.Sender.Answer = _ => SendOutcome.Retry("HTTP 503");
        var c = await h.StartAsync("+15550307");
        await h.AgentSaysAsync(c, "Never accepted.");
        await h.StartDispatcherAsync();

        await h.RunUntilAsync(async () => (await h.TranscriptAsync(c)).Single().DeliveryStatus == "failed", TimeSpan.FromMinutes(30));

        var message = (await h.TranscriptAsync(c)).Single();
        Assert.Contains("24 hours", message.DeliveryError);
        Assert.True(h.Clock.GetUtcNow() >= OutboxHarness.T0.AddHours(24));
        // The attempt due at the deadline is the last one: its failure is final.
        Assert.Single(h.Sender.Calls, x => x.At >= OutboxHarness.T0.AddHours(24));
    }

    [Fact]
    public async Task Dispatch_Accepted_PublishesTheMessagesNewDeliveryStatus()
    {
        await using var h = await OutboxHarness.CreateAsync();
        var c = await h.StartAsync("+15550308");
        var sent = await h.AgentSaysAsync(c, "Hello from Riverton.");
        await h.StartDispatcherAsync();

        await h.RunUntilAsync(() => Task.FromResult(h.Publisher.Events.OfType<MessageDeliveryChanged>().Any()), Step);

        var changed = Assert.Single(h.Publisher.Events.OfType<MessageDeliveryChanged>()).Message;
        Assert.Equal((sent.Sequence, "queued", "SM0001"), (changed.Sequence, changed.DeliveryStatus, changed.ProviderMessageId));
        Assert.Equal("pending", h.Publisher.Events.OfType<MessageAppended>().Single(e => e.Message.Sequence == sent.Sequence).Message.DeliveryStatus);
    }
}
