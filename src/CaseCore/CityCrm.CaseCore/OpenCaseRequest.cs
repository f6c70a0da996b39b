namespace CityCrm.CaseCore;

/// <summary>What is needed to open a case from a conversation or an API call.</summary>
public sealed record OpenCaseRequest(
    string ServiceCode,
    string Description,
    string Location,
    string ContactId,
    string? ConversationId,
    string Channel);
