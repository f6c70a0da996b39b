using System.Text.Json;
using CityCrm.CaseCore;
using CityCrm.Channels.Schema;
using CityCrm.Conversations.Bot.Plugins;
using CityCrm.Conversations.Contacts;
using CityCrm.Conversations.Model;
using CityCrm.Knowledge;
using CityCrm.Knowledge.Answers;
using CityCrm.Knowledge.Languages;

namespace CityCrm.Conversations.Bot;

/// <summary>
/// One bot turn: routes the resident's message by deterministic rules (no language model needed)
/// and runs the skills as Semantic Kernel functions, so every call passes the audit filter.
/// </summary>
public sealed class CityBot(
    BotResponder bot, IServiceCatalog catalogue, ReportDialog reports, AnswerRecorder answers, FeedbackDialog feedback,
    BotLanguages languages, ResidentLanguage residentLanguage, IArticleStore articles, TextFollowUp followUp, ContactLanguage contactLanguage, LinkDialog link,
    NumberedChoice numbered, IncidentNotice incidents, IEnumerable<IBotDialog> dialogs, Outreach.SubscriptionDialog? subscriptions = null)
{
    /// <summary>The entity type of an answer's cited article (articleId, title, url).</summary>
    public const string CitationEntityType = "citation";

    /// <summary>The entity type of a request the bot opened or looked up (reference, service, location).</summary>
    public const string CaseEntityType = "case";

    private Task<BotMessages> SayAsync(Conversation conversation, CancellationToken cancellationToken) =>
        residentLanguage.SayAsync(conversation, cancellationToken);

    /// <summary>Greets a conversation that just started, in the resident's language when the city knows it.</summary>
    public async Task GreetAsync(Conversation conversation, CancellationToken cancellationToken)
    {
        var say = await SayAsync(conversation, cancellationToken);
        await bot.ReplyAsync(conversation, say.Greeting, new() { ["city"] = bot.Options.CityName }, cancellationToken,
            BotResponder.Buttons(say.ReportProblem, say.CheckStatus, say.TalkToPerson));
    }

    /// <summary>Answers one message from the resident.</summary>
    public async Task HandleAsync(Conversation conversation, Message message, CancellationToken cancellationToken)
    {
        var text = message.Text?.Trim() ?? "";
        // A photo or a shared place with no words can still answer the report being taken.
        if (text.Length == 0 && BotState.FromJson(conversation.BotState) is { Intake: not null } taking
            && await reports.ContinueAsync(conversation, message, taking, text, cancellationToken))
            return;
        if (text.Length == 0)
        {
            await bot.ReplyAsync(conversation, (await SayAsync(conversation, cancellationToken)).NonText, [], cancellationToken);
            return;
        }
        text = await numbered.ResolveAsync(message, text, cancellationToken);
        await contactLanguage.RememberFromTextAsync(conversation.ContactId, text, cancellationToken);
        if (await link.TryHandleAsync(conversation, BotState.FromJson(conversation.BotState), text, cancellationToken))
            return;
        foreach (var dialog in dialogs)
        {
            if (await dialog.TryHandleAsync(conversation, message, text, cancellationToken))
                return;
        }
        if (await feedback.TryHandleAsync(conversation, message, text, cancellationToken))
            return;
        if (subscriptions is not null && await subscriptions.TryHandleAsync(conversation, text, cancellationToken))
            return;
        var intent = IntentClassifier.Classify(text, catalogue.Classify(text) is not null);
        switch (intent.Kind)
        {
            case IntentKind.Handoff:
                await bot.ReplyAsync(conversation, (await SayAsync(conversation, cancellationToken)).Handoff, [], cancellationToken);
                // The agent learns what the resident was reporting, so they need not say it again.
                var reporting = reports.Summary(BotState.FromJson(conversation.BotState));
                await bot.SetStateAsync(conversation, null, cancellationToken);
                await bot.HandOffAsync(conversation, reporting is null ? "Resident asked for a person" : $"Resident asked for a person while reporting: {reporting}", cancellationToken);
                return;
            case IntentKind.Cancel:
                await bot.SetStateAsync(conversation, null, cancellationToken);
                await bot.ReplyAsync(conversation, (await SayAsync(conversation, cancellationToken)).Cancelled, [], cancellationToken);
                return;
            case IntentKind.CaseStatus:
                await CaseStatusAsync(conversation, intent.Reference, cancellationToken);
                return;
            case IntentKind.Greeting:
                await GreetAsync(conversation, cancellationToken);
                return;
            case IntentKind.TextMe:
                await TextFollowUpAsync(conversation, cancellationToken);
                return;
            case IntentKind.Thanks:
                await bot.ReplyAsync(conversation, (await SayAsync(conversation, cancellationToken)).Thanks, [], cancellationToken);
                // Thanks with nothing under way ends the bot's conversation (which asks for satisfaction); writing again reopens it.
                if (conversation.BotState is null)
                    await bot.ResolveAsync(conversation, cancellationToken);
                return;
        }
        var state = BotState.FromJson(conversation.BotState);
        // An active incident's pinned message answers first; a report then goes on, and its case joins the incident.
        if (state is null && await incidents.TryAnswerAsync(conversation, text, cancellationToken) is not null && intent.Kind != IntentKind.ReportProblem)
            return;
        if ((state is not null || intent.Kind == IntentKind.ReportProblem)
            && await reports.ContinueAsync(conversation, message, state, text, cancellationToken))
            return;
        await AnswerAsync(conversation, message, text, cancellationToken);
    }

    private async Task AnswerAsync(Conversation conversation, Message message, string question, CancellationToken cancellationToken)
    {
        var result = await bot.InvokeAsync<KnowledgeResult>(KnowledgePlugin.Name, "search", conversation,
            new() { ["question"] = question }, cancellationToken);
        await answers.RecordAsync(conversation, message, result, cancellationToken);
        // The answer speaks the article's language; a question without one, the language it was asked in.
        var say = languages.For(result.Decision == AnswerDecision.Answer ? result.Hits[0].Language : LanguageDetector.Detect(question), conversation.ChannelId);
        switch (result.Decision)
        {
            case AnswerDecision.Answer:
                var top = result.Hits[0];
                var url = $"{bot.Options.PublicBaseUrl.TrimEnd('/')}/kb/{Uri.EscapeDataString(top.ArticleId)}";
                // Text messages and calls say the article's own short and spoken answers when it has them.
                var article = await articles.GetAsync(top.ArticleId, cancellationToken)
                    ?? new Article(top.ArticleId, top.Title, top.Summary, "", [], [], null, top.Language);
                await bot.ReplyAsync(conversation, say.Answer, new()
                    {
                        ["summary"] = top.Summary, ["title"] = top.Title, ["url"] = url,
                        ["sms"] = ChannelAnswerComposer.Sms(article, url), ["voice"] = ChannelAnswerComposer.Voice(article),
                    },
                    cancellationToken, FeedbackDialog.AnswerActions(url, say),
                    [Citation(top, url)]);
                break;
            case AnswerDecision.Clarify:
                await bot.ReplyAsync(conversation, say.Clarify, new() { ["options"] = string.Join("; ", result.Hits.Take(3).Select(h => h.Title)) }, cancellationToken,
                    new SuggestedActions { Actions = [.. result.Hits.Take(3).Select(h => CardAction.ImBack(h.Title)), CardAction.ImBack(say.TalkToPerson)] });
                break;
            default:
                await bot.ReplyAsync(conversation, say.NotSure, [], cancellationToken, BotResponder.Buttons(say.TalkToPerson, say.ReportProblem));
                break;
        }
    }

    private async Task TextFollowUpAsync(Conversation conversation, CancellationToken cancellationToken)
    {
        var say = await SayAsync(conversation, cancellationToken);
        var reply = await followUp.SendAsync(conversation, null, cancellationToken) switch
        {
            TextFollowUpOutcome.Sent => say.TextMeSent,
            TextFollowUpOutcome.OptedOut => say.TextMeOptedOut,
            TextFollowUpOutcome.NothingToSend => say.TextMeNothing,
            _ => say.TextMeUnavailable,
        };
        await bot.ReplyAsync(conversation, reply, [], cancellationToken);
    }

    private async Task CaseStatusAsync(Conversation conversation, string? reference, CancellationToken cancellationToken)
    {
        // A report being taken is not dropped by the question: it is asked again right after the answer.
        var state = BotState.FromJson(conversation.BotState);
        if (reference is null)
        {
            await bot.SetStateAsync(conversation, ReportDialog.AwaitingReference(state), cancellationToken);
            await bot.ReplyAsync(conversation, (await SayAsync(conversation, cancellationToken)).AskReference, [], cancellationToken);
            return;
        }
        if (state?.Intake is null)
            await bot.SetStateAsync(conversation, null, cancellationToken);
        var found = await bot.InvokeAsync<Case?>(CasesPlugin.Name, "status", conversation,
            new() { ["reference"] = reference, ["contactId"] = conversation.ContactId }, cancellationToken);
        if (found is null)
            await bot.ReplyAsync(conversation, (await SayAsync(conversation, cancellationToken)).CaseNotFound, new() { ["reference"] = reference.ToUpperInvariant() }, cancellationToken);
        else
        {
            var say = await SayAsync(conversation, cancellationToken);
            await bot.ReplyAsync(conversation, say.CaseStatus, CaseValues(found, say), cancellationToken, entities: [CaseEntity(found)]);
        }
        await reports.ResumeAsync(conversation, state, cancellationToken);
    }

    /// <summary>The case a reply is about, so it can be texted on later.</summary>
    public static Entity CaseEntity(Case c) => new()
    {
        Type = CaseEntityType,
        Properties = new()
        {
            ["reference"] = JsonSerializer.SerializeToElement(c.Reference),
            ["service"] = JsonSerializer.SerializeToElement(c.ServiceName),
            ["location"] = JsonSerializer.SerializeToElement(c.Location),
            // Residents can opt out of one department's news; the consent check reads it from here.
            ["department"] = JsonSerializer.SerializeToElement(c.Department),
        },
    };

    /// <summary>
    /// The values case templates can use: reference, spelled (the reference one character at a time, for speech),
    /// service, location, department, status and opened (in the resident's language, see <see cref="CaseWords"/>), latest.
    /// </summary>
    public static Dictionary<string, object?> CaseValues(Case c, BotMessages say) => new()
    {
        ["reference"] = c.Reference,
        ["spelled"] = string.Join(' ', c.Reference.Where(char.IsLetterOrDigit)),
        ["service"] = c.ServiceName,
        ["location"] = c.Location,
        ["department"] = c.Department,
        ["status"] = CaseWords.Status(c, say),
        ["opened"] = CaseWords.Date(c.CreatedAt, say),
        ["latest"] = c.History[^1].Note,
    };

    private static Entity Citation(KnowledgeHit hit, string url) => new()
    {
        Type = CitationEntityType,
        Properties = new()
        {
            ["articleId"] = JsonSerializer.SerializeToElement(hit.ArticleId),
            ["title"] = JsonSerializer.SerializeToElement(hit.Title),
            ["url"] = JsonSerializer.SerializeToElement(url),
        },
    };
}
