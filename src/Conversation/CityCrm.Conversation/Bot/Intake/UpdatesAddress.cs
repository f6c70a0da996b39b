using CityCrm.CaseCore.Duplicates;
using CityCrm.Conversations.Contacts;
using CityCrm.Conversations.Model;
using CityCrm.Conversations.Notifications;
using Microsoft.Extensions.Options;

namespace CityCrm.Conversations.Bot.Intake;

/// <summary>
/// The number or address for updates by text message or email, asked on a channel that is neither (web chat): a number
/// is read in the city's region and kept in E.164, an email must be a whole address. A number that texted STOP is not
/// taken; the resident is told and asked again how to hear about the request.
/// </summary>
public sealed class UpdatesAddress(UpdateRoutes routes, IOptOutRegistry optOuts, ResidentLanguage residentLanguage, IOptions<ConversationOptions> options)
{
    /// <summary>The kind of address the report still needs for its updates, or null when it needs none.</summary>
    public UpdatePreference? Wanted(Conversation conversation, IntakeState intake) =>
        intake.UpdatesTo is null && Enum.TryParse<UpdatePreference>(intake.Updates, out var chosen)
            && routes.InboxFor(chosen) is { } inbox && inbox.ChannelId != conversation.ChannelId
            ? chosen : null;

    /// <summary>Takes the resident's answer to "which number/email?" and moves the report on.</summary>
    public async Task<bool> AnswerAsync(Conversation conversation, IntakeState intake, string text, IntakeFlow flow, CancellationToken cancellationToken)
    {
        var say = await residentLanguage.SayAsync(conversation, cancellationToken);
        var address = KnownAddress.TryRead(text, options.Value.DefaultRegion);
        // A number where an email was asked (or the other way round) is taken as the other kind: it is what they gave.
        var kind = address is null ? (UpdatePreference?)null : address.Contains('@') ? UpdatePreference.Email
            : PhoneAddress.IsE164(address) ? UpdatePreference.Sms : null;
        if (kind is { } given && address is not null)
        {
            var channel = routes.InboxFor(given)?.ChannelId;
            if (channel is not null && await optOuts.IsOptedOutAsync(channel, address, cancellationToken))
            {
                await flow.AdvanceAsync(conversation, intake with { Updates = null, UpdatesTo = null }, say.UpdatesOptedOut, cancellationToken,
                    new() { ["address"] = address });
                return true;
            }
            await flow.AdvanceAsync(conversation, intake with { Updates = given.ToString(), UpdatesTo = address }, null, cancellationToken);
            return true;
        }
        var other = ChoiceList.IndexOf(text, [say.UpdatesHere, say.UpdatesSms, say.UpdatesEmail, say.UpdatesNone]) is var i and >= 0
            ? (UpdatePreference)i : IntakeWords.Updates(text);
        if (other is { } changed && changed.ToString() != intake.Updates)
        {
            await flow.AdvanceAsync(conversation, intake with { Updates = changed.ToString(), UpdatesTo = null }, null, cancellationToken);
            return true;
        }
        if (IntakeWords.IsQuestion(text))
            return false;
        await flow.AdvanceAsync(conversation, intake, intake.Updates == nameof(UpdatePreference.Email) ? say.EmailInvalid : say.PhoneInvalid,
            cancellationToken);
        return true;
    }
}
