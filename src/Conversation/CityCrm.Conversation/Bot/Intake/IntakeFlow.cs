using CityCrm.CaseCore;
using CityCrm.CaseCore.Duplicates;
using CityCrm.Conversations.Model;
using Microsoft.Extensions.Options;

namespace CityCrm.Conversations.Bot.Intake;

/// <summary>
/// Asks for the next thing a report lacks, in order: the service (among the suggestions), the definition's required
/// questions that apply, the place (a typed one checked by <see cref="TypedPlace"/>), whether to follow an earlier report of the same problem, how to send updates;
/// then files it (<see cref="IntakeFiling"/>). One question per reply; the report waits in <see cref="BotState.Intake"/>.
/// </summary>
public sealed class IntakeFlow(
    BotResponder bot, IServiceCatalog catalogue, IDuplicateFinder duplicates, IntakeFiling filing, ResidentLanguage residentLanguage,
    UpdatesAddress updatesAddress, TypedPlace typedPlace, IOptions<CaseOptions> caseOptions, IOptions<IntakeOptions> options)
{
    private readonly Lazy<CityBoundary> boundary = new(() => caseOptions.Value.ToBoundary());

    public IntakeOptions Options => options.Value;

    public int MaxMedia => caseOptions.Value.MaxMedia;

    public string CityName => bot.Options.CityName;

    /// <summary>Whether a shared position lies within the city limits.</summary>
    public bool InCity(GeoPoint point) => boundary.Value.Contains(point);

    /// <summary>
    /// Asks the next question of the report, or files it when nothing is missing. <paramref name="prefix"/>, a message
    /// template, goes before the question (an acknowledgement, or why an answer is asked again).
    /// </summary>
    public async Task AdvanceAsync(Conversation conversation, IntakeState intake, string? prefix, CancellationToken cancellationToken,
        Dictionary<string, object?>? prefixValues = null)
    {
        var say = await residentLanguage.SayAsync(conversation, cancellationToken);
        var values = new Dictionary<string, object?>(prefixValues ?? []);
        if (intake.Service is not { } code || catalogue.Find(code) is not { } service)
        {
            await OfferServicesAsync(conversation, intake with { Offered = 0 }, prefix, cancellationToken);
            return;
        }
        values["service"] = service.Name;
        if (NextQuestion(service, intake.Answers) is { } question)
        {
            await AskAsync(conversation, intake with { Asking = question.Code }, BotState.Attribute, Join(prefix, say.AskAttribute),
                Question(question, values, conversation.ChannelId), question.IsList ? [.. question.Values.Select(v => v.Name)] : [], cancellationToken);
            return;
        }
        if (intake.Point is { } point && !InCity(point))
        {
            intake = intake.At(null, null);
            prefix = Join(prefix, say.LocationOutside);
            values["city"] = bot.Options.CityName;
        }
        if (await typedPlace.CheckAsync(conversation, intake, prefix, values, this, cancellationToken) is not { } placed)
            return;
        intake = placed;
        if (intake.Location is null && intake.Point is null && service.LocationRequired)
        {
            await AskAsync(conversation, intake, BotState.Location, Join(prefix, say.AskLocation), values, [], cancellationToken);
            return;
        }
        if (!intake.DuplicatesChecked)
        {
            var found = await duplicates.FindAsync(new DuplicateProbe(service.Code, intake.Location, intake.Point), cancellationToken);
            intake = intake with { DuplicatesChecked = true, Duplicate = found.Count > 0 ? found[0].Case.Reference : null };
            if (found.Count > 0)
            {
                foreach (var (key, value) in CityBot.CaseValues(found[0].Case, say))
                    values[key] = value;
                await AskAsync(conversation, intake, BotState.Duplicate, Join(prefix, say.DuplicateFound), values,
                    [say.FollowExisting, say.FileNew], cancellationToken, [CityBot.CaseEntity(found[0].Case)]);
                return;
            }
        }
        if (intake.Updates is null && Options.AskUpdatesOn.Contains(conversation.ChannelId, StringComparer.OrdinalIgnoreCase))
        {
            await AskAsync(conversation, intake, BotState.Updates, Join(prefix, say.AskUpdates), values,
                [say.UpdatesHere, say.UpdatesSms, say.UpdatesEmail, say.UpdatesNone], cancellationToken);
            return;
        }
        if (updatesAddress.Wanted(conversation, intake) is { } wanted)
        {
            await AskAsync(conversation, intake, BotState.UpdatesAddress,
                Join(prefix, wanted == UpdatePreference.Email ? say.AskEmail : say.AskPhone), values, [], cancellationToken);
            return;
        }
        await filing.FileAsync(conversation, intake, service, prefix, values, this, cancellationToken);
    }

    /// <summary>The next batch of suggested services, with "none of these"; after the last batch, a person or other words.</summary>
    public async Task OfferServicesAsync(Conversation conversation, IntakeState intake, string? prefix, CancellationToken cancellationToken)
    {
        var say = await residentLanguage.SayAsync(conversation, cancellationToken);
        var batch = intake.Candidates.Skip(intake.Offered).Take(Math.Max(1, Options.Suggestions))
            .Select(catalogue.Find).OfType<ServiceDefinition>().ToList();
        if (batch.Count == 0)
        {
            await bot.SetStateAsync(conversation, new BotState(BotState.Report), cancellationToken);
            await bot.ReplyAsync(conversation, Join(prefix, say.NoServiceMatch), [], cancellationToken, BotResponder.Buttons(say.TalkToPerson));
            return;
        }
        await AskAsync(conversation, intake with { Offered = intake.Offered + batch.Count, Service = null }, BotState.Service,
            Join(prefix, say.ConfirmService), [], [.. batch.Select(s => s.Name), say.NoneOfThese], cancellationToken);
    }

    /// <summary>The services of the batch the resident was last offered.</summary>
    public IReadOnlyList<ServiceDefinition> Offered(IntakeState intake)
    {
        var size = Math.Max(1, Options.Suggestions);
        var start = Math.Max(0, (intake.Offered - 1) / size * size);
        return intake.Candidates.Skip(start).Take(intake.Offered - start).Select(catalogue.Find).OfType<ServiceDefinition>().ToList();
    }

    /// <summary>The first required question that applies given the answers and is not answered yet.</summary>
    public static ServiceAttribute? NextQuestion(ServiceDefinition service, IReadOnlyDictionary<string, IReadOnlyList<string>> answers) =>
        service.Attributes.OrderBy(a => a.Order)
            .FirstOrDefault(a => a.Required && !answers.ContainsKey(a.Code) && a.AppliesTo(answers));

    /// <summary>The values of a question's template: the question itself and its choices read out where there are no buttons.</summary>
    public static Dictionary<string, object?> Question(ServiceAttribute question, Dictionary<string, object?> values, string? channelId)
    {
        values["question"] = question.Description;
        values["choices"] = ChoiceList.Text(channelId, question.IsList ? [.. question.Values.Select(v => v.Name)] : []);
        return values;
    }

    /// <summary>Sends a question and waits for its answer in <paramref name="awaiting"/>.</summary>
    public async Task AskAsync(Conversation conversation, IntakeState intake, string awaiting, string template, Dictionary<string, object?> values,
        IReadOnlyList<string> choices, CancellationToken cancellationToken, List<Channels.Schema.Entity>? entities = null)
    {
        values.TryAdd("choices", ChoiceList.Text(conversation.ChannelId, choices));
        await bot.SetStateAsync(conversation, new BotState(awaiting, intake.Service, intake.Description, Intake: intake), cancellationToken);
        await bot.ReplyAsync(conversation, template, values, cancellationToken, choices.Count > 0 ? ChoiceList.Buttons(choices) : null, entities);
    }

    public static string Join(string? prefix, string template) => string.IsNullOrEmpty(prefix) ? template : $"{prefix} {template}";
}
