using CityCrm.City311.Api.Dtos;
using CityCrm.Channels;
using CityCrm.Channels.Meta;
using CityCrm.Channels.Meta.Outbound;
using CityCrm.Channels.Meta.Security;
using CityCrm.Conversations.Model;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CityCrm.City311.Api;

/// <summary>
/// The agent console's view of WhatsApp's 24-hour customer-service window: shown with the conversation, and a reply
/// typed after it closed refused with the reason unless the agent chose to send the approved template instead.
/// </summary>
public sealed class ReplyWindow(CustomerServiceWindow window, MetaDirectory directory)
{
    /// <summary>The window of a WhatsApp conversation; null on channels without one.</summary>
    public async Task<ChannelWindowDto?> DescribeAsync(Conversation conversation, CancellationToken cancellationToken)
    {
        if (conversation.ChannelId != ChannelIds.WhatsApp)
            return null;
        var now = await window.GetAsync(conversation.Id, cancellationToken);
        return new ChannelWindowDto(now.IsOpen, now.ClosesAt, directory.FindTemplate(MetaNotificationTypes.Reply) is not null);
    }

    /// <summary>Why the reply cannot go as requested (409 problem+json), or null when it can.</summary>
    public async Task<ProblemHttpResult?> RefusalAsync(Conversation conversation, bool asTemplate, CancellationToken cancellationToken)
    {
        if (await DescribeAsync(conversation, cancellationToken) is not { Open: false } closed)
            return null;
        if (!closed.TemplateAvailable)
            return Refuse($"{WhatsAppSender.TemplateRequired}, and no \"reply\" template is configured.", closed);
        return asTemplate ? null : Refuse($"{WhatsAppSender.TemplateRequired}. Send it as the approved reply template instead?", closed);
    }

    private static ProblemHttpResult Refuse(string detail, ChannelWindowDto window) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "WhatsApp window closed", detail: detail,
            extensions: new Dictionary<string, object?>
            {
                ["reason"] = "window-closed", ["closesAt"] = window.ClosesAt, ["templateAvailable"] = window.TemplateAvailable,
            });
}
