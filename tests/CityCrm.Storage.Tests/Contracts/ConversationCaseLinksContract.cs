using CityCrm.Conversations.Cases;
using static CityCrm.Storage.Tests.Contracts.ConversationData;

namespace CityCrm.Storage.Tests.Contracts;

/// <summary>The conversation-to-case links contract: linked once per pair, listed per conversation oldest first.</summary>
public abstract class ConversationCaseLinksContract : StoreContract<IConversationCaseLinks>
{
    [Fact]
    public async Task ListAsync_NothingLinked_IsEmpty() =>
        Assert.Empty(await Store.ListAsync("conv-none", None));

    [Fact]
    public async Task LinkAsync_TwoCases_ListsBothOldestFirst()
    {
        Assert.True(await Store.LinkAsync(new ConversationCaseLink("conv-1", "R-100002", "agent-1", T0.AddMinutes(5)), None));
        Assert.True(await Store.LinkAsync(new ConversationCaseLink("conv-1", "R-100001", "agent-2", T0), None));

        var links = await Store.ListAsync("conv-1", None);

        Assert.Equal(["R-100001", "R-100002"], links.Select(l => l.CaseReference));
        Assert.Equal(new ConversationCaseLink("conv-1", "R-100001", "agent-2", T0), links[0]);
    }

    [Fact]
    public async Task LinkAsync_SameCaseTwice_KeepsTheFirstLink()
    {
        await Store.LinkAsync(new ConversationCaseLink("conv-2", "R-100003", "agent-1", T0), None);

        var again = await Store.LinkAsync(new ConversationCaseLink("conv-2", "R-100003", "agent-2", T0.AddHours(1)), None);

        Assert.False(again);
        var link = Assert.Single(await Store.ListAsync("conv-2", None));
        Assert.Equal(("agent-1", T0), (link.LinkedBy, link.LinkedAt));
    }

    [Fact]
    public async Task LinkAsync_SamePairByTwoAgentsAtOnce_ExactlyOneLinks()
    {
        var results = await Task.WhenAll(new[] { "agent-1", "agent-2" }.Select(agent => Task.Run(() =>
            Store.LinkAsync(new ConversationCaseLink("conv-5", "R-100005", agent, T0), None))));

        Assert.Single(results, linked => linked);
        Assert.Single(await Store.ListAsync("conv-5", None));
    }

    [Fact]
    public async Task ListAsync_OtherConversationsLinks_AreNotListed()
    {
        await Store.LinkAsync(new ConversationCaseLink("conv-3", "R-100004", "agent-1", T0), None);
        await Store.LinkAsync(new ConversationCaseLink("conv-4", "R-100004", "agent-1", T0), None);

        Assert.Equal(["conv-3"], (await Store.ListAsync("conv-3", None)).Select(l => l.ConversationId));
    }
}
