using CityCrm.CaseCore;
using CityCrm.Conversations.Bot.Intake;
using CityCrm.Conversations.Model;

namespace CityCrm.Conversations.Bot;

/// <summary>
/// Takes a problem report: which service (suggested from the resident's words, confirmed when unsure), the service's
/// required questions, where, photos, whether to follow an earlier report of the same problem, how to send updates;
/// then files it (<see cref="IntakeFlow"/>). The resident can correct an answer, ask something else and come back,
/// cancel or ask for a person at any point.
/// </summary>
public sealed class ReportDialog(
    BotResponder bot, IServiceCatalog catalogue, ILocationParser locations, ResidentLanguage residentLanguage, IntakeFlow flow,
    IntakeAnswers answers)
{
    /// <summary>Moves the report forward with the resident's message; false when the message is not for this dialog.</summary>
    public async Task<bool> ContinueAsync(Conversation conversation, Message message, BotState? state, string text, CancellationToken cancellationToken)
    {
        // A report waiting for its place in the state written before reports kept their answers.
        if (state is { Awaiting: BotState.Location, ServiceCode: { } code, Intake: null })
            state = state with { Intake = new IntakeState { Service = code, Description = state.Description ?? text, Candidates = [code] } };
        if (state?.Intake is { } intake)
            return await ContinueIntakeAsync(conversation, message, state.Awaiting, intake, text, cancellationToken);
        if (state?.Awaiting == BotState.Reference)
        {
            // The resident did not give a reference after all: treat the text as a new message.
            await bot.SetStateAsync(conversation, null, cancellationToken);
            return false;
        }
        if (text.Length == 0)
            return false;
        return await StartAsync(conversation, message, state, text, cancellationToken);
    }

    /// <summary>
    /// What to wait for while the resident looks up a request by reference: a report being taken waits, with the step it
    /// was at, and is asked again once the status is told (<see cref="ResumeAsync"/>).
    /// </summary>
    public static BotState AwaitingReference(BotState? state) => state switch
    {
        { Intake: { } intake, Awaiting: not (BotState.Paused or BotState.Resume) } =>
            new BotState(BotState.Reference, Intake: intake with { Step = ActiveStep(state) }),
        { Intake: not null } => state,
        _ => new BotState(BotState.Reference),
    };

    /// <summary>Asks again what the report being taken waits on after the bot answered something else; false when none waits.</summary>
    public async Task<bool> ResumeAsync(Conversation conversation, BotState? state, CancellationToken cancellationToken)
    {
        if (state?.Intake is not { } intake || ActiveStep(state) is not { } step || step is BotState.Paused or BotState.Resume)
            return false;
        await answers.ResumeAsync(conversation, intake with { Step = step }, cancellationToken);
        return true;
    }

    private static string? ActiveStep(BotState state) => state.Awaiting == BotState.Reference ? state.Intake?.Step : state.Awaiting;

    /// <summary>What the report being taken is about, for the agent a resident is handed to ("Pothole at Elm Street"); null when none.</summary>
    public string? Summary(BotState? state)
    {
        if (state?.Intake is not { } intake)
            return null;
        var service = intake.Service is { } code ? catalogue.Find(code)?.Name : null;
        var place = intake.Location ?? intake.Point?.ToString();
        return string.Join(" at ", new[] { service ?? intake.Description, place }.Where(s => !string.IsNullOrWhiteSpace(s)));
    }

    private async Task<bool> StartAsync(Conversation conversation, Message message, BotState? state, string text, CancellationToken cancellationToken)
    {
        var suggestions = catalogue.Suggest(text, Math.Max(1, flow.Options.Suggestions) * 3);
        if (suggestions.Count == 0)
        {
            var say = await residentLanguage.SayAsync(conversation, cancellationToken);
            if (state?.Awaiting == BotState.Report)
            {
                await bot.SetStateAsync(conversation, null, cancellationToken);
                await bot.ReplyAsync(conversation, say.NotSure, [], cancellationToken, BotResponder.Buttons(say.TalkToPerson));
            }
            else
            {
                await bot.SetStateAsync(conversation, new BotState(BotState.Report), cancellationToken);
                await bot.ReplyAsync(conversation, say.AskReport, [], cancellationToken);
            }
            return true;
        }
        var point = SharedLocation.From(message.Activity);
        var intake = new IntakeState
        {
            Description = text,
            Candidates = [.. suggestions.Select(s => s.Service.Code)],
            Media = [.. MediaReference.From(message.Activity).Take(flow.MaxMedia)],
            Service = flow.Options.ClearChoice(suggestions),
        }.At(locations.TryExtract(text), point);
        await flow.AdvanceAsync(conversation, intake, null, cancellationToken);
        return true;
    }

    private async Task<bool> ContinueIntakeAsync(Conversation conversation, Message message, string awaiting, IntakeState intake, string text,
        CancellationToken cancellationToken)
    {
        var say = await residentLanguage.SayAsync(conversation, cancellationToken);
        switch (awaiting)
        {
            case BotState.Paused:
                // The place asked for before the question, given now.
                if (intake.Step == BotState.Location && !IntakeWords.IsQuestion(text) && locations.TryExtract(text) is not null)
                    return await answers.AnswerAsync(conversation, BotState.Location, intake, text, null, cancellationToken);
                if (IntakeWords.IsQuestion(text) || (!IntakeWords.Continues(text) && catalogue.Suggest(text, 1).Count == 0 && !ReportAgain(text, say)))
                    return false;
                await flow.AskAsync(conversation, intake, BotState.Resume, say.ResumeOffer,
                    new() { ["summary"] = Summary(new BotState(awaiting, Intake: intake)) }, [say.Continue, say.StartNew], cancellationToken);
                return true;
            case BotState.Reference:
                // No reference came after all: the report waits to be resumed, and the message is answered as usual.
                await bot.SetStateAsync(conversation, new BotState(BotState.Paused, intake.Service, intake.Description, Intake: intake), cancellationToken);
                return false;
            case BotState.Resume:
                if (ChoiceList.Is(text, say.Continue) || IntakeWords.Continues(text))
                {
                    await answers.ResumeAsync(conversation, intake, cancellationToken);
                    return true;
                }
                if (ChoiceList.Is(text, say.StartNew) || ReportAgain(text, say))
                {
                    await bot.SetStateAsync(conversation, new BotState(BotState.Report), cancellationToken);
                    await bot.ReplyAsync(conversation, say.AskReport, [], cancellationToken);
                    return true;
                }
                if (IntakeWords.IsQuestion(text))
                    return false;
                return await StartAsync(conversation, message, null, text, cancellationToken);
        }

        var media = MediaReference.From(message.Activity);
        if (media.Count > 0)
            intake = intake with { Media = [.. intake.Media.Concat(media).Distinct().Take(flow.MaxMedia)] };
        var point = SharedLocation.From(message.Activity);
        if (await answers.TryCorrectAsync(conversation, awaiting, intake, text, point, cancellationToken))
            return true;
        if (text.Length == 0 && point is null)
        {
            // A photo on its own: thank, and ask again what was asked.
            await flow.AdvanceAsync(conversation, intake with { Step = awaiting }, media.Count > 0 ? say.PhotoAdded : null, cancellationToken);
            return true;
        }
        return await answers.AnswerAsync(conversation, awaiting, intake, text, point, cancellationToken);
    }

    // The resident asks to report something while a report waits: offer to resume it first.
    private static bool ReportAgain(string text, BotMessages say) =>
        ChoiceList.Is(text, say.ReportProblem) || IntentClassifier.Classify(text, false).Kind == IntentKind.ReportProblem;
}
