using CityCrm.CaseCore;
using CityCrm.CaseCore.Duplicates;
using CityCrm.Conversations.Bot.Plugins;
using CityCrm.Conversations.Model;
using CityCrm.Conversations.Notifications;

namespace CityCrm.Conversations.Bot.Intake;

/// <summary>
/// The end of a report: files it through the case skill (so the call is audited) with its answers, place and photos,
/// or attaches the resident to the earlier report they chose to follow. Either way the resident's words are kept and
/// their update preference recorded (<see cref="ICaseFollowers"/>), with the conversation updates go to: this one, or
/// one on the city's text line or mailbox with the number or address they gave. A refused request re-asks its first problem.
/// </summary>
public sealed class IntakeFiling(
    BotResponder bot, ICaseService cases, ICaseFollowers followers, ResidentLanguage residentLanguage, UpdateRoutes routes, TimeProvider clock)
{
    public async Task FileAsync(Conversation conversation, IntakeState intake, ServiceDefinition service, string? prefix,
        Dictionary<string, object?> values, IntakeFlow flow, CancellationToken cancellationToken)
    {
        Case opened;
        try
        {
            opened = await bot.InvokeAsync<Case>(CasesPlugin.Name, "open", conversation, new()
            {
                ["serviceCode"] = service.Code,
                ["description"] = intake.Description,
                ["location"] = intake.Location ?? "",
                ["contactId"] = conversation.ContactId,
                ["conversationId"] = conversation.Id,
                ["channel"] = conversation.ChannelId,
                ["attributes"] = intake.Answers,
                ["point"] = intake.Point,
                ["media"] = intake.Media,
            }, cancellationToken);
        }
        catch (Exception e) when (Refusal(e) is { } refused)
        {
            await ReaskAsync(conversation, intake, refused.Problems[0], flow, cancellationToken);
            return;
        }
        var (updates, to) = await DestinationAsync(conversation, intake, cancellationToken);
        await followers.AddAsync(new CaseFollower(opened.Reference, FollowerKind.Reporter, conversation.ContactId, to.Id,
            to.ChannelId, updates, intake.Description, null, clock.GetUtcNow()), cancellationToken);
        // Filed anyway beside an earlier report: the two are linked so staff can merge them.
        if (intake.Duplicate is { } earlier)
            await followers.AddAsync(new CaseFollower(earlier, FollowerKind.Duplicate, conversation.ContactId, to.Id,
                to.ChannelId, updates, intake.Description, opened.Reference, clock.GetUtcNow()), cancellationToken);
        await bot.SetStateAsync(conversation, null, cancellationToken);
        var say = await residentLanguage.SayAsync(conversation, cancellationToken);
        foreach (var (key, value) in CityBot.CaseValues(opened, say))
            values[key] = value;
        await bot.ReplyAsync(conversation, IntakeFlow.Join(prefix, say.CaseOpened), values, cancellationToken,
            BotResponder.Buttons(say.CheckStatus), [CityBot.CaseEntity(opened)]);
    }

    /// <summary>Attaches the resident to the earlier report instead of filing a new one; their description is kept on it.</summary>
    public async Task FollowAsync(Conversation conversation, IntakeState intake, IntakeFlow flow, CancellationToken cancellationToken)
    {
        var earlier = intake.Duplicate is { } reference ? await cases.FindAsync(reference, cancellationToken) : null;
        if (earlier is null)
        {
            // The earlier report is gone (merged or removed since it was offered): file this one.
            await flow.AdvanceAsync(conversation, intake with { Duplicate = null }, null, cancellationToken);
            return;
        }
        var (updates, to) = await DestinationAsync(conversation, intake, cancellationToken);
        await followers.AddAsync(new CaseFollower(earlier.Reference, FollowerKind.Follower, conversation.ContactId, to.Id,
            to.ChannelId, updates, intake.Description, null, clock.GetUtcNow()), cancellationToken);
        await bot.SetStateAsync(conversation, null, cancellationToken);
        var say = await residentLanguage.SayAsync(conversation, cancellationToken);
        await bot.ReplyAsync(conversation, say.Following, CityBot.CaseValues(earlier, say), cancellationToken,
            BotResponder.Buttons(say.CheckStatus), [CityBot.CaseEntity(earlier)]);
    }

    private async Task ReaskAsync(Conversation conversation, IntakeState intake, CaseProblem problem, IntakeFlow flow, CancellationToken cancellationToken)
    {
        var say = await residentLanguage.SayAsync(conversation, cancellationToken);
        var values = new Dictionary<string, object?> { ["problem"] = problem.Message, ["city"] = bot.Options.CityName };
        if (problem.Field == "location")
        {
            var prefix = problem.Code == "outside_city" ? say.LocationOutside : say.OpenProblem;
            await flow.AdvanceAsync(conversation, intake.At(null, null), prefix, cancellationToken, values);
        }
        else if (problem.Field.StartsWith("attribute[", StringComparison.Ordinal) && problem.Field.EndsWith(']'))
        {
            var answers = new Dictionary<string, IReadOnlyList<string>>(intake.Answers, StringComparer.OrdinalIgnoreCase);
            answers.Remove(problem.Field["attribute[".Length..^1]);
            await flow.AdvanceAsync(conversation, intake with { Answers = answers }, say.OpenProblem, cancellationToken, values);
        }
        else if (problem.Field == "media" && intake.Media.Count > 0)
        {
            await flow.AdvanceAsync(conversation, intake with { Media = [] }, say.OpenProblem, cancellationToken, values);
        }
        else
        {
            await bot.SetStateAsync(conversation, null, cancellationToken);
            await bot.ReplyAsync(conversation, say.OpenProblem + " " + say.NotSure, values, cancellationToken, BotResponder.Buttons(say.TalkToPerson));
        }
    }

    // Text message or email with the number or address given: that conversation; otherwise this one, whatever was chosen.
    private async Task<(UpdatePreference Updates, Conversation To)> DestinationAsync(Conversation conversation, IntakeState intake,
        CancellationToken cancellationToken)
    {
        var chosen = Enum.TryParse<UpdatePreference>(intake.Updates, out var parsed) ? parsed : UpdatePreference.Here;
        if (intake.UpdatesTo is { } address && await routes.OpenAsync(conversation.ContactId, chosen, address, cancellationToken) is { } there)
            return (chosen, there);
        return (chosen, conversation);
    }

    private static CaseRequestException? Refusal(Exception e)
    {
        for (Exception? inner = e; inner is not null; inner = inner.InnerException)
            if (inner is CaseRequestException refused)
                return refused;
        return null;
    }
}
