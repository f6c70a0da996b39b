using System.Diagnostics;
using CityCrm.City311.ScaleOut;
using CityCrm.City311.Tests.Agents;
using CityCrm.Knowledge;
using CityCrm.Knowledge.Editorial;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CityCrm.City311.Tests.ScaleOut;

/// <summary>Knowledge edited on node A answers (or stops answering) on node B, over Redis notices and the reconcile.</summary>
public sealed class KnowledgeFollowingTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Question = "how do I register a quokka enclosure";
    private static readonly EditorialAuthor Editor = new("editor", "Erin Editor");
    private readonly TwoNodes nodes = new();

    private static Article Quokkas => new(
        "quokka-enclosures", "Quokka enclosure registration", "Register a quokka enclosure with the parks department.",
        "Every quokka enclosure in the city must be registered with the parks department before the animals arrive.",
        [Question], ["quokka", "enclosure"], "parks");

    public Task InitializeAsync() => nodes.InitializeAsync();

    public Task DisposeAsync() => nodes.DisposeAsync();

    [Fact]
    public async Task Publish_OnNodeA_BecomesSearchableOnNodeB()
    {
        Assert.False(await FindsAsync(nodes.B));

        await PublishAsync(nodes.A);
        var watch = Stopwatch.StartNew();

        Assert.True(await EventuallyAsync(() => FindsAsync(nodes.B), expected: true), "node B never found the article published on node A");
        output.WriteLine($"published on A -> searchable on B after {watch.Elapsed.TotalMilliseconds:0} ms");
    }

    [Fact]
    public async Task Archive_OnNodeA_StopsAnsweringOnNodeB()
    {
        await PublishAsync(nodes.A);
        Assert.True(await EventuallyAsync(() => FindsAsync(nodes.B), expected: true), "node B never found the article published on node A");

        await Editorial(nodes.A).ArchiveAsync(Quokkas.Id, CancellationToken.None);

        Assert.True(await EventuallyAsync(() => FindsAsync(nodes.B), expected: false), "node B still answers with the article archived on node A");
    }

    [Fact]
    public async Task Reconcile_AfterANoticeLostToARedisOutage_RepairsNodeB()
    {
        await nodes.Redis.StopAsync();
        await PublishAsync(nodes.A);
        await nodes.Redis.StartAgainAsync();
        Assert.False(await FindsAsync(nodes.B));

        var changed = await nodes.B.Services.GetRequiredService<KnowledgeFollower>().ReconcileAsync(CancellationToken.None);

        Assert.Equal(1, changed);
        Assert.True(await EventuallyAsync(() => FindsAsync(nodes.B), expected: true), "node B's reconcile did not index the article");
    }

    private static EditorialService Editorial(AgentAppFactory node) => node.Services.GetRequiredService<EditorialService>();

    private static async Task PublishAsync(AgentAppFactory node)
    {
        var editorial = Editorial(node);
        await editorial.CreateAsync(Quokkas, Editor, null, CancellationToken.None);
        await editorial.SubmitAsync(Quokkas.Id, CancellationToken.None);
        await editorial.PublishAsync(Quokkas.Id, null, CancellationToken.None);
    }

    private static async Task<bool> FindsAsync(AgentAppFactory node) =>
        (await node.Services.GetRequiredService<IKnowledgeSearch>().SearchAsync(Question, 5, CancellationToken.None)).Hits
            .Any(h => h.ArticleId == Quokkas.Id);

    // A generous deadline on failure only; the lag itself is reported, not asserted.
    private static async Task<bool> EventuallyAsync(Func<Task<bool>> probe, bool expected)
    {
        for (var i = 0; i < 200; i++)
        {
            if (await probe() == expected)
                return true;
            await Task.Delay(25);
        }
        return false;
    }
}
