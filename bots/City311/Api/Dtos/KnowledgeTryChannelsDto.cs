namespace CityCrm.City311.Api.Dtos;

/// <summary>What the top article answers on each channel.</summary>
/// <param name="WebChat">The web chat message (summary and link).</param>
/// <param name="Sms">The text message, at most 320 characters.</param>
/// <param name="Voice">What is said on a call.</param>
public sealed record KnowledgeTryChannelsDto(string ArticleId, string WebChat, string Link, string Sms, string Voice);
