using CityCrm.CaseCore;
using CityCrm.CaseCore.Duplicates;
using CityCrm.Channels.Schema;
using CityCrm.Conversations.Inbound;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.City311.Tests.Delivery;

/// <summary>A report over the text line on the real host: the questions and the reference go out as text messages.</summary>
public sealed class IntakeSmsTests(PushedChannelsAppFactory factory) : IClassFixture<PushedChannelsAppFactory>
{
    private const string Phone = "+15550170301";

    [Fact]
    public async Task Report_OverSms_AsksWhereThenTextsTheReferenceAndUpdatesGoBackToTheTextLine()
    {
        await TextAsync("there is a pothole", "sm-intake-1");
        await SentAsync(t => t.Contains("Where is it?", StringComparison.Ordinal));

        await TextAsync("outside 40 Elm Street", "sm-intake-2");
        var opened = await SentAsync(t => System.Text.RegularExpressions.Regex.IsMatch(t, @"R-\d{6}"));

        var reference = System.Text.RegularExpressions.Regex.Match(opened, @"R-\d{6}").Value;
        var filed = await factory.Services.GetRequiredService<ICaseService>().FindAsync(reference, CancellationToken.None);
        Assert.Equal(("pothole", "sms", "40 Elm Street"), (filed!.ServiceCode, filed.Channel, filed.Location));
        var reporter = Assert.Single(await factory.Services.GetRequiredService<ICaseFollowers>().ListAsync(reference, CancellationToken.None));
        Assert.Equal((FollowerKind.Reporter, UpdatePreference.Here, "sms"), (reporter.Kind, reporter.Updates, reporter.Channel));
    }

    private Task TextAsync(string text, string sid) =>
        factory.Conversations.ReceiveAsync(new InboundActivity("sms-main", Phone, null, sid,
            new Activity { Type = ActivityTypes.Message, Text = text, From = new ChannelAccount(Phone, null, "user") }), CancellationToken.None);

    // The bot's text to the resident that matches, as the text-line provider was handed it.
    private async Task<string> SentAsync(Func<string, bool> match)
    {
        for (var i = 0; i < 400; i++)
        {
            if (factory.Sender.Sent.FirstOrDefault(d => d.Address == Phone && d.Activity.Text is { } t && match(t)) is { } sent)
                return sent.Activity.Text!;
            await Task.Delay(50);
        }
        throw new TimeoutException($"No such text sent to {Phone}");
    }
}
