using CityCrm.Conversations.Model;

namespace CityCrm.Conversations.Bot;

/// <summary>
/// A dialog that may be waiting for the resident's reply (a survey question, an appointment's slots) and gets the first
/// look at each message, before the bot's rules. It answers false for anything that is not its reply, so a resident
/// who asks something new instead is answered as usual.
/// </summary>
public interface IBotDialog
{
    /// <summary>Handles <paramref name="text"/> (the message, numbered choices resolved) if it is this dialog's; false otherwise.</summary>
    Task<bool> TryHandleAsync(Conversation conversation, Message message, string text, CancellationToken cancellationToken);
}
