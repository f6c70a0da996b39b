using CityCrm.Conversations.Outreach;

namespace CityCrm.City311.Api.Dtos;

/// <summary>A topic residents can subscribe to.</summary>
public sealed record SubscriptionTopicDto(string Id, string Keyword, string? KeywordEs, string Name, string? NameEs)
{
    public static SubscriptionTopicDto From(SubscriptionTopic t) => new(t.Id, t.Keyword, t.KeywordEs, t.Name, t.NameEs);
}
