using CityCrm.Knowledge.Insights;
using static CityCrm.Knowledge.Tests.Insights.InsightRecords;

namespace CityCrm.Knowledge.Tests.Insights;

public sealed class QuestionClustererTests
{
    [Fact]
    public void Cluster_RealisticQuestions_GroupsTheSameNeedTogether()
    {
        var records = new[]
        {
            Declined("When is bulky trash picked up?", 9),
            Declined("can i keep chickens in my backyard", 8),
            Declined("bulky trash pickup day", 6),
            Declined("Is it legal to keep backyard chickens?", 5),
            Declined("what day is bulky trash pickup in my area", 3),
            Declined("how do I get a fishing license", 2),
        };

        var clusters = QuestionClusterer.Cluster(records, Now);

        Assert.Equal(3, clusters.Count);
        Assert.Equal("When is bulky trash picked up?", clusters[0].Label);
        Assert.Equal([records[0].Id, records[2].Id, records[4].Id], clusters[0].QuestionIds);
        Assert.Equal([records[1].Id, records[3].Id], clusters[1].QuestionIds);
        Assert.Equal([records[5].Id], clusters[2].QuestionIds);
    }

    [Fact]
    public void Cluster_OnlyRecordsNeedingAttention_AreClustered()
    {
        var records = new[]
        {
            Answered("how do I pay my water bill", 1, "water-bills"),
            Answered("pay water bill online", 1, "water-bills", helpful: true),
            Answered("water bill payment", 1, "water-bills", helpful: false),
            Answered("how to pay the water bill", 1, "water-bills", handoff: true),
            Declined("water bill pay by phone", 1) with { HandledAt = Now.AddHours(-1) },
        };

        var cluster = Assert.Single(QuestionClusterer.Cluster(records, Now));

        Assert.Equal([records[2].Id, records[3].Id], cluster.QuestionIds);
        Assert.Equal([new ArticleCount("water-bills", 2)], cluster.OfferedArticles);
    }

    [Fact]
    public void Cluster_Trend_ComparesTheLastSevenDaysWithTheSevenBefore()
    {
        var records = new[]
        {
            Declined("snow emergency parking rules", 12),
            Declined("snow emergency parking", 4),
            Declined("parking during a snow emergency", 2),
            Declined("where to park in a snow emergency", 1),
        };

        var cluster = Assert.Single(QuestionClusterer.Cluster(records, Now));

        Assert.Equal((3, 1, ClusterTrend.Rising), (cluster.LastWeek, cluster.PreviousWeek, cluster.Trend));
        Assert.Equal((records[0].At, records[3].At), (cluster.FirstSeen, cluster.LastSeen));
        Assert.Equal(4, cluster.Count);
    }

    [Fact]
    public void Cluster_FewerThisWeek_IsFalling()
    {
        var records = new[] { Declined("leaf collection schedule", 10), Declined("leaf collection", 9), Declined("leaf collection dates", 2) };

        Assert.Equal(ClusterTrend.Falling, Assert.Single(QuestionClusterer.Cluster(records, Now)).Trend);
    }

    [Fact]
    public void Cluster_Samples_AreDistinctWordingsMostRecentFirst()
    {
        var records = new[]
        {
            Declined("dog license fee", 5),
            Declined("Dog license fee", 4),
            Declined("dog license fee?", 3),
            Declined("how much is a dog license", 2),
        };

        var cluster = Assert.Single(QuestionClusterer.Cluster(records, Now));

        Assert.Equal(["how much is a dog license", "dog license fee?", "Dog license fee"], cluster.Samples);
    }

    [Fact]
    public void Cluster_OfferedArticles_CountsTheArticlesFoundMostOftenFirst()
    {
        var records = new[]
        {
            Declined("tree fell on my fence who pays", 3, "tree-trimming", "storm-damage"),
            Declined("tree fell on fence", 2, "storm-damage"),
            Answered("who pays when a tree fell on my fence", 1, "storm-damage", helpful: false),
        };

        var cluster = Assert.Single(QuestionClusterer.Cluster(records, Now));

        Assert.Equal([new ArticleCount("storm-damage", 3), new ArticleCount("tree-trimming", 1)], cluster.OfferedArticles);
    }

    [Fact]
    public void Cluster_SameRecordsInAnotherOrder_GiveTheSameClusters()
    {
        var records = new[]
        {
            Declined("noise complaint at night", 6),
            Declined("loud party noise complaint", 5),
            Declined("report a barking dog", 4),
            Declined("barking dog next door", 3),
        };

        var forward = QuestionClusterer.Cluster(records, Now);
        var backward = QuestionClusterer.Cluster(records.Reverse(), Now);

        Assert.Equal(forward.Select(c => string.Join(',', c.QuestionIds)), backward.Select(c => string.Join(',', c.QuestionIds)));
        Assert.Equal(2, forward.Count);
    }

    [Fact]
    public void Cluster_QuestionsOfStopWordsOnly_GroupOnlyExactRepeats()
    {
        var records = new[] { Declined("why?", 3), Declined("Why?", 2), Declined("what about it", 1) };

        var clusters = QuestionClusterer.Cluster(records, Now);

        Assert.Equal([2, 1], clusters.Select(c => c.Count));
    }

    [Fact]
    public void Cluster_QuestionsSharingOnlyAGeneralWord_StayApart()
    {
        var records = new[] { Declined("dog license", 3), Declined("fishing license", 2), Declined("business license renewal", 1) };

        Assert.Equal(3, QuestionClusterer.Cluster(records, Now).Count);
    }

    [Fact]
    public void Cluster_NoRecords_IsEmpty() => Assert.Empty(QuestionClusterer.Cluster([], Now));
}
