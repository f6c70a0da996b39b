using CityCrm.Conversations.Outbox;

namespace CityCrm.Conversations.Tests.Outbox;

public sealed class DeliveryRulesTests
{
    [Theory]
    [InlineData("pending", "queued", true)]
    [InlineData("queued", "sent", true)]
    [InlineData("sent", "delivered", true)]
    [InlineData("delivered", "sent", false)]
    [InlineData("delivered", "failed", false)]
    [InlineData("delivered", "read", true)]
    [InlineData("sent", "queued", false)]
    [InlineData("sent", "undelivered", true)]
    [InlineData("undelivered", "delivered", false)]
    [InlineData("blocked", "queued", false)]
    [InlineData("sent", "sent", false)]
    [InlineData("sent", "teleported", false)]
    public void CanMove_FromTo_FollowsTheOrder(string current, string next, bool allowed) =>
        Assert.Equal(allowed, DeliveryStatuses.CanMove(current, next));

    [Fact]
    public void Combine_OnePartBehind_ShowsTheLeastAdvanced() =>
        Assert.Equal(new DeliveryState("sent", "A,B", null),
            DeliveryStatuses.Combine([new("delivered", "A", null), new("sent", "B", null)]));

    [Fact]
    public void Combine_OnePartUndelivered_ShowsTheProblem() =>
        Assert.Equal(new DeliveryState("undelivered", "A,B", "30005"),
            DeliveryStatuses.Combine([new("delivered", "A", null), new("undelivered", "B", "30005")]));

    [Fact]
    public void Delay_SuccessiveFailures_DoublesFromTwoSecondsToFiveMinutes()
    {
        Assert.Equal(TimeSpan.FromSeconds(2), OutboxRetryPolicy.Delay(1, null, 0));
        Assert.Equal(TimeSpan.FromSeconds(4), OutboxRetryPolicy.Delay(2, null, 0));
        Assert.Equal(TimeSpan.FromSeconds(64), OutboxRetryPolicy.Delay(6, null, 0));
        Assert.Equal(TimeSpan.FromMinutes(5), OutboxRetryPolicy.Delay(9, null, 0));
        Assert.Equal(TimeSpan.FromMinutes(5), OutboxRetryPolicy.Delay(500, null, 0));
    }

    [Fact]
    public void Delay_Jitter_ShortensByUpToHalf()
    {
        Assert.InRange(OutboxRetryPolicy.Delay(6, null, 0.999999), TimeSpan.FromSeconds(32), TimeSpan.FromSeconds(32.001));
        Assert.Equal(TimeSpan.FromSeconds(48), OutboxRetryPolicy.Delay(6, null, 0.5));
    }

    [Fact]
    public void Delay_ProviderAskedForLonger_WaitsThatLong() =>
        Assert.Equal(TimeSpan.FromMinutes(2), OutboxRetryPolicy.Delay(1, TimeSpan.FromMinutes(2), 0));

    [Fact]
    public void NextAttempt_PastTheDeadline_IsTheDeadline()
    {
        var created = new DateTimeOffset(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);

        Assert.Equal(created.AddHours(24), OutboxRetryPolicy.NextAttempt(created, created.AddHours(23.99), TimeSpan.FromMinutes(5)));
    }
}
