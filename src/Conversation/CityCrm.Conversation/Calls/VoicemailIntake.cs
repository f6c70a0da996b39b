using CityCrm.CaseCore;
using CityCrm.Conversations.Bot;
using CityCrm.Conversations.Inbound;
using CityCrm.Conversations.Model;
using Microsoft.Extensions.Options;

namespace CityCrm.Conversations.Calls;

/// <summary>
/// Reads a voicemail's transcript like the bot reads a report: when it names a service the city handles and a place,
/// a case is opened for the caller, the call's conversation says so, and the reference goes to the caller by SMS
/// when the line has a text channel. Anything else waits for an agent, who hears or reads the voicemail.
/// </summary>
public sealed class VoicemailIntake(
    IServiceCatalog catalogue,
    ILocationParser locations,
    BotResponder bot,
    ConversationService conversations,
    TextFollowUp followUp,
    BotReplyRenderer renderer,
    BotLanguages languages,
    IOptions<ConversationOptions> options)
{
    /// <summary>Opens a case from <paramref name="transcript"/> if it describes a problem and where; returns it, or null.</summary>
    public async Task<Case?> OpenCaseIfProblemAsync(Conversation conversation, string transcript, string? language, CancellationToken cancellationToken)
    {
        if (catalogue.Classify(transcript) is not { } match || locations.TryExtract(transcript) is not { } location)
            return null;
        // Through the kernel like the bot's own reports, so the audit filter records it.
        var opened = await bot.InvokeAsync<Case>(Bot.Plugins.CasesPlugin.Name, "open", conversation, new()
        {
            ["serviceCode"] = match.Service.Code,
            ["description"] = transcript,
            ["location"] = location,
            ["contactId"] = conversation.ContactId,
            ["conversationId"] = conversation.Id,
            ["channel"] = conversation.ChannelId,
        }, cancellationToken);
        var say = languages.For(language, conversation.ChannelId);
        var text = await renderer.RenderAsync(say.VoicemailCase, CityBot.CaseValues(opened, say), cancellationToken);
        // Kept in the call's transcript (a call has no sender, so it is not spoken): agents see it, and the follow-up finds it.
        await conversations.SendAsync(conversation.Id,
            new OutgoingMessage(AuthorKind.Bot, "bot", options.Value.BotName, text, Entities: [CityBot.CaseEntity(opened)]), cancellationToken);
        await followUp.SendAsync(conversation, language, cancellationToken);
        return opened;
    }
}
