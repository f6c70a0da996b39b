using CityCrm.Knowledge.Insights;
using static CityCrm.Knowledge.Tests.Insights.InsightRecords;

namespace CityCrm.Knowledge.Tests.Insights;

public sealed class ArticleAnalyticsTests
{
    private static readonly Article[] Published =
    [
        new("water-bills", "Paying your water bill", "Pay online.", "How to pay.", [], [], null, "en"),
        new("potholes", "Potholes", "Report them.", "Report a pothole.", [], [], null, "en"),
        new("dog-licenses", "Dog licenses", "Yearly.", "License your dog.", [], [], null, "en"),
    ];

    [Fact]
    public void Build_AnswersFeedbackAndViews_GivesEachArticlesFigures()
    {
        var records = new[]
        {
            Answered("pay water bill", 3, "water-bills", helpful: true),
            Answered("water bill online", 2, "water-bills", helpful: true),
            Answered("water bill by phone", 1, "water-bills", helpful: false, handoff: true),
            Answered("pothole on my street", 4, "potholes"),
            Declined("pothole fix time", 1, "potholes"),
        };
        var views = new Dictionary<string, long> { ["water-bills"] = 12, ["dog-licenses"] = 4 };

        var rows = ArticleAnalytics.Build(Published, records, views);

        Assert.Equal(["water-bills", "potholes", "dog-licenses"], rows.Select(r => r.ArticleId));
        var water = rows[0];
        Assert.Equal(("Paying your water bill", 12L, 3, 2, 1, 1), (water.Title, water.Views, water.Answers, water.Helpful, water.NotHelpful, water.HandoffsAfterAnswer));
        Assert.Equal(2.0 / 3, water.HelpfulRate!.Value, 6);
        Assert.Equal(records[2].At, water.LastAnswered);
        Assert.Equal((1, (double?)null, 0L), (rows[1].Answers, rows[1].HelpfulRate, rows[1].Views));
        Assert.Equal((0, (DateTimeOffset?)null, 4L), (rows[2].Answers, rows[2].LastAnswered, rows[2].Views));
    }

    [Fact]
    public void Build_AnswerFromAnUnpublishedArticle_StillListedUnderItsId()
    {
        var rows = ArticleAnalytics.Build(Published, [Answered("old fee schedule", 1, "fees-2024")], new Dictionary<string, long>());

        var old = Assert.Single(rows, r => r.ArticleId == "fees-2024");
        Assert.Equal(("fees-2024", 1), (old.Title, old.Answers));
    }
}
