namespace CityCrm.Conversations.Surveys;

/// <summary>A survey: its questions, asked one at a time in the conversation, in order.</summary>
public sealed record SurveyDefinition(string Id, string Title, IReadOnlyList<SurveyQuestion> Questions, string CreatedBy, DateTimeOffset CreatedAt);
