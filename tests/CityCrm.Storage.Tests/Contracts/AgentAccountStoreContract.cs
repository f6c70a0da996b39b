using CityCrm.Conversations.Agents;

namespace CityCrm.Storage.Tests.Contracts;

/// <summary>The staff account contract: found by user name regardless of case and by id, created once.</summary>
public abstract class AgentAccountStoreContract : StoreContract<IAgentAccountStore>
{
    private static AgentAccount Account(string id, string userName, string displayName = "Lucia Ortiz") =>
        new(id, userName, displayName, "hash-" + id, [Roles.Agent, Roles.Supervisor]);

    [Fact]
    public async Task CreateIfMissingAsync_NewAccount_FoundByUserNameInAnyCaseAndById()
    {
        await Store.CreateIfMissingAsync(Account("a-1", "lucia"), None);

        var byName = await Store.FindByUserNameAsync("LUCIA", None);
        var byId = await Store.GetAsync("a-1", None);

        Assert.NotNull(byName);
        Assert.Equal(("a-1", "lucia", "Lucia Ortiz", "hash-a-1"), (byName.Id, byName.UserName, byName.DisplayName, byName.PasswordHash));
        Assert.Equal([Roles.Agent, Roles.Supervisor], byName.Roles);
        Assert.Equal(byName.UserName, byId!.UserName);
    }

    [Fact]
    public async Task CreateIfMissingAsync_UserNameTakenInAnotherCase_KeepsTheFirstAccount()
    {
        await Store.CreateIfMissingAsync(Account("a-1", "lucia"), None);

        await Store.CreateIfMissingAsync(Account("a-2", "Lucia", "Someone Else"), None);

        Assert.Equal("Lucia Ortiz", (await Store.FindByUserNameAsync("lucia", None))!.DisplayName);
        Assert.Null(await Store.GetAsync("a-2", None));
    }

    [Fact]
    public async Task CreateIfMissingAsync_IdTakenByAnotherUserName_CreatesNothing()
    {
        await Store.CreateIfMissingAsync(Account("a-1", "lucia"), None);

        await Store.CreateIfMissingAsync(Account("a-1", "sam", "Sam Lee"), None);

        Assert.Null(await Store.FindByUserNameAsync("sam", None));
        Assert.Equal("lucia", (await Store.GetAsync("a-1", None))!.UserName);
    }

    [Fact]
    public async Task CreateIfMissingAsync_SameAccountFromEightNodesAtOnce_StoresOne()
    {
        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => Store.CreateIfMissingAsync(Account("a-1", "lucia"), None))));

        Assert.Equal("a-1", (await Store.FindByUserNameAsync("lucia", None))!.Id);
    }

    [Fact]
    public async Task FindAndGet_Unknown_AreNull()
    {
        Assert.Null(await Store.FindByUserNameAsync("nobody", None));
        Assert.Null(await Store.GetAsync("nobody", None));
    }
}
