using CityCrm.Channels.Schema;
using CityCrm.Conversations.Inbound;
using CityCrm.Conversations.Model;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;

namespace CityCrm.Conversations.Bot;

/// <summary>What every bot dialog needs: call a skill through the kernel (and so the audit filter), and reply.</summary>
public sealed class BotResponder(Kernel kernel, ConversationService conversations, BotReplyRenderer renderer, IOptions<ConversationOptions> options)
{
    public ConversationOptions Options => options.Value;

    public async Task<T> InvokeAsync<T>(string plugin, string function, Conversation conversation, Dictionary<string, object?> values, CancellationToken cancellationToken)
    {
        var arguments = new KernelArguments { [AuditFunctionFilter.ConversationIdArgument] = conversation.Id };
        foreach (var (key, value) in values)
            arguments[key] = value;
        var result = await kernel.InvokeAsync(plugin, function, arguments, cancellationToken);
        return result.GetValue<T>()!;
    }

    public async Task ReplyAsync(Conversation conversation, string template, Dictionary<string, object?> values, CancellationToken cancellationToken,
        SuggestedActions? actions = null, List<Entity>? entities = null)
    {
        var text = await renderer.RenderAsync(template, values, cancellationToken);
        await conversations.SendAsync(conversation.Id,
            new OutgoingMessage(AuthorKind.Bot, "bot", options.Value.BotName, text, SuggestedActions: actions, Entities: entities), cancellationToken);
    }

    public Task SetStateAsync(Conversation conversation, BotState? state, CancellationToken cancellationToken) =>
        conversations.SetBotStateAsync(conversation.Id, state?.ToJson(), cancellationToken);

    public Task HandOffAsync(Conversation conversation, string reason, CancellationToken cancellationToken) =>
        conversations.HandOffAsync(conversation.Id, reason, cancellationToken);

    /// <summary>Ends the bot's conversation (resolved by "bot").</summary>
    public Task ResolveAsync(Conversation conversation, CancellationToken cancellationToken) =>
        conversations.ResolveAsync(conversation.Id, "bot", cancellationToken);

    public static SuggestedActions Buttons(params string[] titles) => new() { Actions = [.. titles.Select(t => CardAction.ImBack(t))] };
}
