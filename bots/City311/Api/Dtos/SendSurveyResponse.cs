namespace CityCrm.City311.Api.Dtos;

/// <summary>What sending did: the audience's size, runs newly scheduled, contacts who already had the survey, and those with no conversation to ask in.</summary>
public sealed record SendSurveyResponse(int Audience, int Scheduled, int AlreadySurveyed, int Unreachable);
