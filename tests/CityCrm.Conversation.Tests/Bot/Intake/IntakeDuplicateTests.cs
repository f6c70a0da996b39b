using CityCrm.CaseCore;
using CityCrm.CaseCore.Duplicates;
using CityCrm.Conversations.Model;
using CityCrm.Conversations.Tests.Bot;

namespace CityCrm.Conversations.Tests.Bot.Intake;

/// <summary>An open request of the same service at the same place: follow it, or file anyway, and nothing is lost.</summary>
public sealed class IntakeDuplicateTests
{
    private static readonly ServiceDefinition Pothole = new("pothole", "Pothole", "Public Works", "Holes", ["pothole"]);

    private static Case Earlier() =>
        new("earlier", "R-200001", Pothole, new OpenCaseRequest("pothole", "Big hole", "Elm Street", "someone-else", null, "sms"),
            new DateTimeOffset(2026, 11, 2, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Duplicate_FoundNearby_ShownWithDateAndStatusAndFollowingFilesNothing()
    {
        await using var bot = new BotHarness();
        var earlier = Earlier();
        bot.Duplicates.Earlier.Add(earlier);
        bot.Cases.Known.Add(earlier);
        var conversation = await bot.StartAsync("+15550170201", "sms");

        var offer = Assert.Single(await bot.SayAsync(conversation, "there is a pothole on Elm Street"));
        Assert.StartsWith("This may already be reported: request R-200001 (Pothole) at Elm Street was reported on November 2, 2026 and is open.", offer.Text);
        Assert.Contains("1. Follow that request\n2. File a new report", offer.Text);

        var done = Assert.Single(await bot.SayAsync(conversation, "1"));

        Assert.Contains("you're following request R-200001", done.Text);
        Assert.Empty(bot.Cases.Opened);
        var follower = Assert.Single(bot.Followers.All);
        Assert.Equal(("R-200001", FollowerKind.Follower, conversation.ContactId, "there is a pothole on Elm Street"),
            (follower.CaseReference, follower.Kind, follower.ContactId, follower.Note));
        Assert.Null((await bot.ReloadAsync(conversation)).BotState);
    }

    [Fact]
    public async Task Duplicate_FiledAnyway_NewCaseLinkedToTheEarlierOne()
    {
        await using var bot = new BotHarness();
        bot.Duplicates.Earlier.Add(Earlier());
        var conversation = await bot.StartAsync("+15550170202", "sms");
        await bot.SayAsync(conversation, "there is a pothole on Elm Street");

        await bot.SayAsync(conversation, "File a new report");

        var opened = Assert.Single(bot.Cases.Opened);
        var link = Assert.Single(bot.Followers.All, f => f.Kind == FollowerKind.Duplicate);
        Assert.Equal(("R-200001", opened.Reference), (link.CaseReference, link.ReportReference));
        Assert.Single(bot.Followers.All, f => f.Kind == FollowerKind.Reporter && f.CaseReference == opened.Reference);
    }

    [Fact]
    public async Task Duplicate_ElsewhereOnly_NotOffered()
    {
        await using var bot = new BotHarness();
        bot.Duplicates.Earlier.Add(Earlier());
        var conversation = await bot.StartAsync("+15550170203", "sms");

        var done = Assert.Single(await bot.SayAsync(conversation, "there is a pothole on Oak St"));

        Assert.Contains(Assert.Single(bot.Cases.Opened).Reference, done.Text);
        // The street as the gazetteer names it, so the same street written differently finds the same reports.
        Assert.Equal(new DuplicateProbe("pothole", "Oak Street", null), Assert.Single(bot.Duplicates.Probes));
    }
}
