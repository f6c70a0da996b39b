using CityCrm.CaseCore;
using CityCrm.CaseCore.Duplicates;
using CityCrm.Conversations.Model;

namespace CityCrm.Conversations.Bot.Intake;

/// <summary>
/// Reads the resident's answer to the question the report waits on (<see cref="BotState.Awaiting"/>), and their
/// corrections at any step. A bad answer is asked again politely; a question for the knowledge base sets the report
/// aside (<see cref="BotState.Paused"/>) so it can be resumed.
/// </summary>
public sealed class IntakeAnswers(BotResponder bot, IServiceCatalog catalogue, ILocationParser locations, ResidentLanguage residentLanguage,
    IntakeFlow flow, IntakeFiling filing, UpdatesAddress updatesAddress)
{
    /// <summary>Asks again what the report waited on before it was set aside.</summary>
    public Task ResumeAsync(Conversation conversation, IntakeState intake, CancellationToken cancellationToken) =>
        flow.AdvanceAsync(conversation, Reask(intake, intake.Step), null, cancellationToken);

    /// <summary>Applies a correction ("change the location", "actually it's on Oak St", "wrong service"); false when the text is none.</summary>
    public async Task<bool> TryCorrectAsync(Conversation conversation, string awaiting, IntakeState intake, string text, GeoPoint? point,
        CancellationToken cancellationToken)
    {
        var say = await residentLanguage.SayAsync(conversation, cancellationToken);
        if (point is null && Reopened(intake, text) is { } reopened)
        {
            await flow.AdvanceAsync(conversation, Reask(reopened, awaiting), null, cancellationToken);
            return true;
        }
        var place = text.Length > 0 ? locations.TryExtract(text) : null;
        if (awaiting != BotState.Location && (point is not null || (place is not null && (IntakeWords.Corrects(text) || IntakeWords.ChangesLocation(text)))))
        {
            var moved = intake.At(place ?? (text.Length > 0 ? text : null), point);
            await flow.AdvanceAsync(conversation, moved, say.LocationChanged, cancellationToken,
                new() { ["location"] = moved.Location ?? point?.ToString() });
            return true;
        }
        if (IntakeWords.ChangesLocation(text))
        {
            await flow.AdvanceAsync(conversation, intake.At(null, null), null, cancellationToken);
            return true;
        }
        if (IntakeWords.ChangesService(text))
        {
            await flow.OfferServicesAsync(conversation, intake with { Service = null, Answers = new(StringComparer.OrdinalIgnoreCase), Offered = 0 }, null, cancellationToken);
            return true;
        }
        if (IntakeWords.ChangesAnswer(text) && intake.Service is { } code && catalogue.Find(code) is { } service
            && service.Attributes.Where(a => intake.Answers.ContainsKey(a.Code)).MaxBy(a => a.Order) is { } last)
        {
            var kept = new Dictionary<string, IReadOnlyList<string>>(intake.Answers, StringComparer.OrdinalIgnoreCase);
            kept.Remove(last.Code);
            await flow.AdvanceAsync(conversation, intake with { Answers = kept }, null, cancellationToken);
            return true;
        }
        return false;
    }

    // "change the kind of sign", "change my email", "change the updates": that item is forgotten, so it is asked again,
    // and every other answer stays (one that no longer applies after the new answer is dropped when the case is checked).
    // Null when the text names no such item.
    private IntakeState? Reopened(IntakeState intake, string text)
    {
        if (IntakeWords.ChangeTarget(text) is { } target && intake.Service is { } code && catalogue.Find(code) is { } service
            && NamedQuestion.Find(service.Attributes.OrderBy(a => a.Order)
                .Where(a => intake.Answers.ContainsKey(a.Code) || string.Equals(a.Code, intake.Asking, StringComparison.OrdinalIgnoreCase)), target) is { } named)
        {
            var kept = new Dictionary<string, IReadOnlyList<string>>(intake.Answers, StringComparer.OrdinalIgnoreCase);
            kept.Remove(named.Code);
            return intake with { Answers = kept, Asking = null };
        }
        // Another number or address; before one was given, the choice of how to hear is asked again.
        if (IntakeWords.ChangesUpdatesAddress(text))
            return intake.UpdatesTo is not null ? intake with { UpdatesTo = null } : intake.Updates is not null ? intake with { Updates = null } : intake;
        return IntakeWords.ChangesUpdates(text) ? intake with { Updates = null, UpdatesTo = null } : null;
    }

    /// <summary>Takes the text as the answer to the question asked; false when it is a question for the knowledge base instead.</summary>
    public async Task<bool> AnswerAsync(Conversation conversation, string awaiting, IntakeState intake, string text, GeoPoint? point,
        CancellationToken cancellationToken)
    {
        var say = await residentLanguage.SayAsync(conversation, cancellationToken);
        switch (awaiting)
        {
            case BotState.Service:
                var offered = flow.Offered(intake);
                var picked = offered.FirstOrDefault(s => ChoiceList.Is(text, s.Name) || ChoiceList.Is(text, s.Code));
                if (picked is not null)
                    return await AdvanceAsync(conversation, intake with { Service = picked.Code }, cancellationToken);
                if (ChoiceList.Is(text, say.NoneOfThese))
                {
                    await flow.OfferServicesAsync(conversation, intake, null, cancellationToken);
                    return true;
                }
                var again = IntakeWords.IsQuestion(text) ? [] : catalogue.Suggest(text, Math.Max(1, flow.Options.Suggestions) * 3);
                if (again.Count == 0)
                    return await PauseAsync(conversation, awaiting, intake, cancellationToken);
                // Described in other words: suggest again from those.
                return await AdvanceAsync(conversation, intake with
                {
                    Description = $"{intake.Description} {text}",
                    Candidates = [.. again.Select(s => s.Service.Code)],
                    Offered = 0,
                    Service = flow.Options.ClearChoice(again),
                }, cancellationToken);
            case BotState.Attribute when Asked(intake) is { } question:
                if (text.TrimEnd().EndsWith('?'))
                    return await PauseAsync(conversation, awaiting, intake, cancellationToken);
                var given = question.Datatype == AttributeDatatype.MultiValueList
                    ? text.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                    : [text];
                if (AttributeAnswers.Check(question, given, out var canonical) is { } problem)
                {
                    var values = IntakeFlow.Question(question, new() { ["reason"] = Reason(problem, question, say) }, conversation.ChannelId);
                    await flow.AskAsync(conversation, intake, BotState.Attribute, say.AttributeReask, values,
                        question.IsList ? [.. question.Values.Select(v => v.Name)] : [], cancellationToken);
                    return true;
                }
                var answered = new Dictionary<string, IReadOnlyList<string>>(intake.Answers, StringComparer.OrdinalIgnoreCase) { [question.Code] = canonical };
                return await AdvanceAsync(conversation, intake with { Answers = answered, Asking = null }, cancellationToken);
            case BotState.Location:
                if (point is not null)
                    return await AdvanceAsync(conversation, intake.At(text.Length > 0 ? text : null, point), cancellationToken);
                if (IntakeWords.IsQuestion(text))
                    return await PauseAsync(conversation, awaiting, intake, cancellationToken);
                var place = locations.TryExtract(text) ?? (text.Length is >= 3 and <= CaseService.MaxLocationLength ? text : null);
                return await AdvanceAsync(conversation, intake.At(place, null), cancellationToken);
            case BotState.PlaceChoice:
                var chosen = ChoiceList.IndexOf(text, intake.PlaceChoices);
                if (chosen >= 0)
                    return await AdvanceAsync(conversation, intake.At(intake.PlaceChoices[chosen], null), cancellationToken);
                if (ChoiceList.Is(text, say.NoneOfThese))
                {
                    await flow.AskAsync(conversation, intake.At(null, null), BotState.Location, say.PlaceForms, [], [], cancellationToken);
                    return true;
                }
                // Anything else is taken as the place written again.
                return await AnswerAsync(conversation, BotState.Location, intake with { PlaceChoices = [] }, text, point, cancellationToken);
            case BotState.Duplicate:
                if (ChoiceList.Is(text, say.FollowExisting) || IntakeWords.Yes(text))
                {
                    await filing.FollowAsync(conversation, intake, flow, cancellationToken);
                    return true;
                }
                if (ChoiceList.Is(text, say.FileNew) || IntakeWords.No(text))
                    return await AdvanceAsync(conversation, intake, cancellationToken);
                break;
            case BotState.Updates:
                var choice = ChoiceList.IndexOf(text, [say.UpdatesHere, say.UpdatesSms, say.UpdatesEmail, say.UpdatesNone]);
                if ((choice >= 0 ? (UpdatePreference)choice : IntakeWords.Updates(text)) is { } updates)
                    return await AdvanceAsync(conversation, intake with { Updates = updates.ToString(), UpdatesTo = null }, cancellationToken);
                break;
            case BotState.UpdatesAddress:
                if (await updatesAddress.AnswerAsync(conversation, intake, text, flow, cancellationToken))
                    return true;
                break;
            default:
                return false;
        }
        if (IntakeWords.IsQuestion(text))
            return await PauseAsync(conversation, awaiting, intake, cancellationToken);
        await flow.AdvanceAsync(conversation, Reask(intake, awaiting), null, cancellationToken);
        return true;
    }

    private async Task<bool> AdvanceAsync(Conversation conversation, IntakeState intake, CancellationToken cancellationToken)
    {
        await flow.AdvanceAsync(conversation, intake, null, cancellationToken);
        return true;
    }

    // The report waits; the message goes on to be answered as a question.
    private async Task<bool> PauseAsync(Conversation conversation, string awaiting, IntakeState intake, CancellationToken cancellationToken)
    {
        await bot.SetStateAsync(conversation, new BotState(BotState.Paused, intake.Service, intake.Description, Intake: intake with { Step = awaiting }),
            cancellationToken);
        return false;
    }

    private ServiceAttribute? Asked(IntakeState intake) =>
        intake.Service is { } code && catalogue.Find(code) is { } service
            ? service.Attributes.FirstOrDefault(a => string.Equals(a.Code, intake.Asking, StringComparison.OrdinalIgnoreCase))
            : null;

    // The earlier report is offered again when the question asked was whether to follow it.
    private static IntakeState Reask(IntakeState intake, string? step) =>
        step == BotState.Duplicate ? intake with { DuplicatesChecked = false } : intake;

    private static string Reason(CaseProblem problem, ServiceAttribute question, BotMessages say) => (problem.Code, question.Datatype) switch
    {
        ("not_in_list", _) => say.ReasonChoice,
        ("too_long", _) => say.ReasonTooLong,
        (_, AttributeDatatype.Number) => say.ReasonNumber,
        (_, AttributeDatatype.Datetime) => say.ReasonDate,
        _ => say.ReasonChoice,
    };
}
