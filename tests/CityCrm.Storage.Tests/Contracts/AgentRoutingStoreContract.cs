using CityCrm.Conversations.Agents;
using CityCrm.Conversations.Model;
using CityCrm.Conversations.Routing;
using static CityCrm.Storage.Tests.Contracts.ConversationData;

namespace CityCrm.Storage.Tests.Contracts;

/// <summary>The <see cref="IAgentRoutingStore"/> contract; every implementation runs it.</summary>
public abstract class AgentRoutingStoreContract : StoreContract<RoutingStores>
{
    private static readonly AgentSkills Spanish = new(["general", "parks-and-recreation"], ["en", "es"], new Dictionary<string, int> { ["chat"] = 2 });

    private async Task<string> AccountAsync(string userName, params string[] roles)
    {
        var account = new AgentAccount("id-" + userName, userName, userName.ToUpperInvariant(), "hash", roles);
        await Store.Accounts.CreateIfMissingAsync(account, None);
        return account.Id;
    }

    [Fact]
    public async Task SetSkillsAsync_KnownAgent_ReadsBackEveryField()
    {
        var id = await AccountAsync("lucia", Roles.Agent);

        Assert.True(await Store.Routing.SetSkillsAsync(id, Spanish, None));

        var read = await Store.Routing.GetSkillsAsync(id, None);
        Assert.NotNull(read);
        Assert.Equal(Spanish.Departments, read.Departments);
        Assert.Equal(Spanish.Languages, read.Languages);
        Assert.Equal(2, read.Capacity["chat"]);
    }

    [Fact]
    public async Task SetSkillsAsync_Twice_SecondReplacesFirst()
    {
        var id = await AccountAsync("lucia", Roles.Agent);
        await Store.Routing.SetSkillsAsync(id, Spanish, None);

        await Store.Routing.SetSkillsAsync(id, AgentSkills.Default, None);

        var read = await Store.Routing.GetSkillsAsync(id, None);
        Assert.Equal(["en"], read!.Languages);
        Assert.Empty(read.Capacity);
    }

    [Fact]
    public async Task SetSkillsAsync_UnknownAgent_ReturnsFalseAndStoresNothing()
    {
        Assert.False(await Store.Routing.SetSkillsAsync("nobody", Spanish, None));

        Assert.Null(await Store.Routing.GetSkillsAsync("nobody", None));
    }

    [Fact]
    public async Task ListAgentsAsync_MixedRoles_ListsOnlyThoseWhoWorkConversationsWithDefaultSkillsWhenUnset()
    {
        var lucia = await AccountAsync("lucia", Roles.Agent);
        var sam = await AccountAsync("sam", Roles.Agent, Roles.Supervisor);
        await AccountAsync("erin", Roles.Editor);
        await Store.Routing.SetSkillsAsync(lucia, Spanish, None);

        var agents = await Store.Routing.ListAgentsAsync(None);

        Assert.Equal([lucia, sam], agents.Select(a => a.Id));
        Assert.Equal(Spanish.Languages, agents[0].Skills.Languages);
        Assert.Equal(AgentSkills.Default.Departments, agents[1].Skills.Departments);
        Assert.Equal("SAM", agents[1].DisplayName);
    }

    [Fact]
    public async Task GetLoadAsync_AssignedOnTwoChannels_CountsPerAgentAndChannelIgnoringOtherStatuses()
    {
        await AssignedAsync("agent-1", Web);
        await AssignedAsync("agent-1", Web);
        await AssignedAsync("agent-1", Sms);
        await AssignedAsync("agent-2", Web);
        var resolved = await AssignedAsync("agent-2", Web);
        resolved.Resolve("agent-2", T0.AddMinutes(5), "answered");
        await Store.Conversations.SaveAsync(resolved, None);
        await QueuedAsync(T0, "general/en");

        var load = await Store.Routing.GetLoadAsync(None);

        Assert.Equal(2, load.Single(l => l.AgentId == "agent-1" && l.ChannelId == Web.ChannelId).Count);
        Assert.Equal(1, load.Single(l => l.AgentId == "agent-1" && l.ChannelId == Sms.ChannelId).Count);
        Assert.Equal(1, load.Single(l => l.AgentId == "agent-2").Count);
        Assert.Equal(3, load.Count);
    }

    [Fact]
    public async Task ListQueuedAsync_SeveralQueued_OldestFirstWithQueueAndChannelUpToLimit()
    {
        var later = await QueuedAsync(T0.AddMinutes(3), "general/es");
        var first = await QueuedAsync(T0, "public-works/en");
        await QueuedAsync(T0.AddMinutes(9), "general/en");
        await AssignedAsync("agent-1", Web);

        var queued = await Store.Routing.ListQueuedAsync(2, None);

        Assert.Equal([first.Id, later.Id], queued.Select(q => q.Id));
        Assert.Equal("public-works/en", queued[0].Queue);
        Assert.Equal(Web.ChannelId, queued[0].ChannelId);
        Assert.Equal(T0, queued[0].QueuedAt);
    }

    private async Task<Conversation> QueuedAsync(DateTimeOffset at, string queue)
    {
        var conversation = await CreateConversationAsync(Store.Conversations, at);
        conversation.RequestHandoff("asked for a person", at, queue);
        await Store.Conversations.SaveAsync(conversation, None);
        return conversation;
    }

    private async Task<Conversation> AssignedAsync(string agentId, Inbox inbox)
    {
        var conversation = await CreateConversationAsync(Store.Conversations, T0, inbox);
        conversation.RequestHandoff("asked for a person", T0);
        conversation.Assign(agentId, T0.AddMinutes(1));
        await Store.Conversations.SaveAsync(conversation, None);
        return conversation;
    }
}
