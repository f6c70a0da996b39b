namespace CityCrm.City311.Api.Dtos;

/// <summary>The body of <c>POST /api/agent/conversations/{id}/messages</c>: a reply to the resident, or an internal note.</summary>
public sealed record ReplyRequest(string? Text, bool Private = false)
{
    /// <summary>The longest text accepted, in characters.</summary>
    public const int MaxLength = 4000;
}
