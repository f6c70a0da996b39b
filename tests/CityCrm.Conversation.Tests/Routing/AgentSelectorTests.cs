using CityCrm.Conversations.Routing;

namespace CityCrm.Conversations.Tests.Routing;

public sealed class AgentSelectorTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private static readonly RoutingOptions Options = new();
    private static readonly AgentSkills English = new(["general"], ["en"], new Dictionary<string, int>());
    private static readonly AgentSkills Bilingual = new(["*"], ["en", "es"], new Dictionary<string, int>());

    private static QueuedConversation Chat(string queue = "general/en") => new("c1", "webchat", queue, T0);

    private static RoutingCandidate Agent(string id, AgentSkills skills, int chats = 0, int minutesIdle = 0, int calls = 0) =>
        new(id, skills, new Dictionary<string, int> { ["chat"] = chats, ["phone"] = calls }, T0.AddMinutes(-minutesIdle));

    [Fact]
    public void Choose_SpanishQueue_SkipsAgentsWithoutSpanish() =>
        Assert.Equal("b", AgentSelector.Choose(Chat("general/es"), [Agent("a", English), Agent("b", Bilingual, chats: 2)], Options));

    [Fact]
    public void Choose_BothFit_MostFreeCapacityWins() =>
        Assert.Equal("b", AgentSelector.Choose(Chat(), [Agent("a", English, chats: 2, minutesIdle: 50), Agent("b", Bilingual, chats: 1)], Options));

    [Fact]
    public void Choose_EqualCapacity_LongestIdleWins() =>
        Assert.Equal("a", AgentSelector.Choose(Chat(), [Agent("b", Bilingual, minutesIdle: 3), Agent("a", English, minutesIdle: 9)], Options));

    [Fact]
    public void Choose_EveryoneFull_ReturnsNull() =>
        Assert.Null(AgentSelector.Choose(Chat(), [Agent("a", English, chats: 3), Agent("b", Bilingual, calls: 1)], Options));

    [Fact]
    public void FreeSlots_OwnCapacity_OverridesConfigured()
    {
        var small = new AgentSkills(["general"], ["en"], new Dictionary<string, int> { ["chat"] = 1 });

        Assert.Equal(0, AgentSelector.FreeSlots(Agent("a", small, chats: 1), ChannelTypes.Chat, Options));
        Assert.Equal(2, AgentSelector.FreeSlots(Agent("b", English, chats: 1), ChannelTypes.Chat, Options));
    }

    [Fact]
    public void FreeSlots_PhoneCall_OnlyForAnAgentHoldingNothing()
    {
        Assert.Equal(1, AgentSelector.FreeSlots(Agent("a", English), ChannelTypes.Phone, Options));
        Assert.Equal(0, AgentSelector.FreeSlots(Agent("b", English, chats: 1), ChannelTypes.Phone, Options));
    }
}
