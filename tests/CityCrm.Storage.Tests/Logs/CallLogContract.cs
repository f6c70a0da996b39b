using CityCrm.Conversations.Calls;
using CityCrm.Storage.Tests.Contracts;

namespace CityCrm.Storage.Tests.Logs;

/// <summary>What every <see cref="ICallLog"/> must do: the first start and the first end of a call win.</summary>
public abstract class CallLogContract : StoreContract<ICallLog>
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 9, 30, 0, TimeSpan.Zero);

    private static PhoneCall Call(string id) => new(id, "conv-" + id, "voice-main", "+13125550100", T0, null, null, "in-progress");

    [Fact]
    public async Task StartAsync_RetriedWebhook_RecordsTheCallOnce()
    {
        var call = Call("CA1");

        Assert.True(await Store.StartAsync(call, None));
        Assert.False(await Store.StartAsync(call with { Caller = "+13125550199" }, None));

        Assert.Equal(call, await Store.GetAsync("CA1", None));
        Assert.Null(await Store.GetAsync("CA2", None));
    }

    [Fact]
    public async Task EndAsync_RepeatedFinalCallback_ClosesTheCallOnce()
    {
        await Store.StartAsync(Call("CA1"), None);

        Assert.True(await Store.EndAsync("CA1", "completed", 95, T0.AddSeconds(95), None));
        Assert.False(await Store.EndAsync("CA1", "failed", 3, T0.AddMinutes(5), None));
        Assert.False(await Store.EndAsync("unknown", "completed", 1, T0, None));

        Assert.Equal(Call("CA1") with { Status = "completed", DurationSeconds = 95, EndedAt = T0.AddSeconds(95) }, await Store.GetAsync("CA1", None));
    }

    [Fact]
    public async Task EndAsync_TwoCallbacksAtOnce_ExactlyOneCloses()
    {
        await Store.StartAsync(Call("CA1"), None);

        var ended = await Task.WhenAll(
            Task.Run(() => Store.EndAsync("CA1", "completed", 10, T0.AddSeconds(10), None)),
            Task.Run(() => Store.EndAsync("CA1", "completed", 11, T0.AddSeconds(11), None)));

        Assert.Single(ended, e => e);
    }
}
