using CityCrm.CaseCore;
using CityCrm.Conversations.Model;

namespace CityCrm.Open311.Tests.Support;

/// <summary>What the host has stored, to prove a refused request left nothing behind.</summary>
internal static class StoredState
{
    public static async Task<int> CaseCountAsync(Open311AppFactory factory) =>
        (await factory.Get<ICaseStore>().QueryAsync(new CaseQuery { Limit = CaseQuery.MaxLimit }, CancellationToken.None)).Count;

    public static async Task AssertNothingStoredAsync(Open311AppFactory factory, int casesBefore, string email)
    {
        Assert.Equal(casesBefore, await CaseCountAsync(factory));
        Assert.Empty(await factory.Get<IConversationStore>().FindIdentitiesAsync(email, CancellationToken.None));
    }
}
