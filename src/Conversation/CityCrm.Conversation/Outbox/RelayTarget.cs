using CityCrm.Conversations.Model;

namespace CityCrm.Conversations.Outbox;

/// <summary>Where a later message for a resident goes (see <see cref="TextRelay"/>).</summary>
/// <param name="Kind">How it reaches them, if it does.</param>
/// <param name="Conversation">The conversation to write it in: the text conversation when relayed, else the original.</param>
public sealed record RelayTarget(RelayKind Kind, Conversation Conversation)
{
    /// <summary>True when a message written in <see cref="Conversation"/> reaches the resident.</summary>
    public bool Reaches => Kind is RelayKind.Same or RelayKind.ByText;
}
