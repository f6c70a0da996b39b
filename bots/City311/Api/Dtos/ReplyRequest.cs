namespace CityCrm.City311.Api.Dtos;

/// <summary>The body of <c>POST /api/agent/conversations/{id}/messages</c>: a reply to the resident, or an internal note.</summary>
/// <param name="Text">The reply or note.</param>
/// <param name="Private">A note for staff only.</param>
/// <param name="AsTemplate">
/// On WhatsApp once the 24-hour window is closed: send the approved "reply" template (with this text as its parameter)
/// instead of refusing the reply.
/// </param>
public sealed record ReplyRequest(string? Text, bool Private = false, bool AsTemplate = false)
{
    /// <summary>The longest text accepted, in characters.</summary>
    public const int MaxLength = 4000;
}
