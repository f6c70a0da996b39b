namespace CityCrm.Conversations.Surveys;

/// <summary>What sending a survey to an audience did: newly scheduled, already surveyed, and without any conversation to ask in.</summary>
public sealed record SurveyDistribution(int Scheduled, int AlreadySurveyed, int Unreachable);
