namespace CityCrm.EndToEnd.Tests.Crash;

/// <summary>
/// What one resident sends, in order: each message only once the one before was acknowledged, as a person waits for
/// their message to go. <see cref="Wave"/> is the run phase from which the resident starts writing.
/// </summary>
public sealed class ResidentScript(string address, int wave, IReadOnlyList<PlannedMessage> messages, bool endsWithThanks)
{
    public string Address { get; } = address;

    public int Wave { get; } = wave;

    public IReadOnlyList<PlannedMessage> Messages { get; } = messages;

    /// <summary>The last message thanks the bot, which ends the conversation and makes a satisfaction survey due.</summary>
    public bool EndsWithThanks { get; } = endsWithThanks;

    /// <summary>For web chat: the conversation and its token, once issued.</summary>
    public string? ConversationId { get; set; }

    public string? Token { get; set; }

    public string? UserId { get; set; }

    public bool Done => Messages.All(m => m.Acknowledged);
}
