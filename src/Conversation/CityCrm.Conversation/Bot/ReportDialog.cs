using CityCrm.CaseCore;
using CityCrm.Conversations.Bot.Plugins;
using CityCrm.Conversations.Model;
using Microsoft.Extensions.Options;

namespace CityCrm.Conversations.Bot;

/// <summary>
/// Takes a problem report: which service (from the catalogue), where (a street location), then opens
/// the case and gives the reference. Asks for what is missing, one thing at a time.
/// </summary>
public sealed class ReportDialog(BotResponder bot, IServiceCatalog catalogue, ILocationParser locations, ResidentLanguage residentLanguage)
{
    private Task<BotMessages> SayAsync(Conversation conversation, CancellationToken cancellationToken) =>
        residentLanguage.SayAsync(conversation, cancellationToken);

    /// <summary>Moves the report forward with the resident's text; false when the text is not for this dialog.</summary>
    public async Task<bool> ContinueAsync(Conversation conversation, BotState? state, string text, CancellationToken cancellationToken)
    {
        switch (state?.Awaiting)
        {
            case BotState.Location when state.ServiceCode is { } code && catalogue.Find(code) is { } service:
                var location = locations.TryExtract(text) ?? (text.Length is >= 3 and <= 200 ? text : null);
                if (location is null)
                {
                    await bot.ReplyAsync(conversation, (await SayAsync(conversation, cancellationToken)).AskLocation, new() { ["service"] = service.Name }, cancellationToken);
                    return true;
                }
                await OpenAsync(conversation, service, state.Description ?? text, location, cancellationToken);
                return true;
            case BotState.Reference:
                // The resident did not give a reference after all: treat the text as a new message.
                await bot.SetStateAsync(conversation, null, cancellationToken);
                return false;
        }

        var match = catalogue.Classify(text);
        if (match is null)
        {
            if (state?.Awaiting == BotState.Report)
            {
                await bot.SetStateAsync(conversation, null, cancellationToken);
                var say = await SayAsync(conversation, cancellationToken);
                await bot.ReplyAsync(conversation, say.NotSure, [], cancellationToken, BotResponder.Buttons(say.TalkToPerson));
            }
            else
            {
                await bot.SetStateAsync(conversation, new BotState(BotState.Report), cancellationToken);
                await bot.ReplyAsync(conversation, (await SayAsync(conversation, cancellationToken)).AskReport, [], cancellationToken);
            }
            return true;
        }
        var where = locations.TryExtract(text);
        if (where is null)
        {
            await bot.SetStateAsync(conversation, new BotState(BotState.Location, match.Service.Code, text), cancellationToken);
            await bot.ReplyAsync(conversation, (await SayAsync(conversation, cancellationToken)).AskLocation, new() { ["service"] = match.Service.Name }, cancellationToken);
            return true;
        }
        await OpenAsync(conversation, match.Service, text, where, cancellationToken);
        return true;
    }

    private async Task OpenAsync(Conversation conversation, ServiceDefinition service, string description, string location, CancellationToken cancellationToken)
    {
        var opened = await bot.InvokeAsync<Case>(CasesPlugin.Name, "open", conversation, new()
        {
            ["serviceCode"] = service.Code,
            ["description"] = description,
            ["location"] = location,
            ["contactId"] = conversation.ContactId,
            ["conversationId"] = conversation.Id,
            ["channel"] = conversation.ChannelId,
        }, cancellationToken);
        await bot.SetStateAsync(conversation, null, cancellationToken);
        var say = await SayAsync(conversation, cancellationToken);
        await bot.ReplyAsync(conversation, say.CaseOpened, CityBot.CaseValues(opened), cancellationToken,
            BotResponder.Buttons(say.CheckStatus), [CityBot.CaseEntity(opened)]);
    }
}
