namespace CityCrm.Conversations.Outreach;

/// <summary>The consent topics of outreach: "outreach" (every broadcast), "outreach:{topic}", and "subscription:{topic}".</summary>
public static class OutreachTopics
{
    public const string Outreach = "outreach";

    /// <summary>A broadcast topic's consent topic.</summary>
    public static string Of(string topic) => "outreach:" + topic.Trim().ToLowerInvariant();

    /// <summary>The consent topic recording a subscription (opted in) or its end (opted out).</summary>
    public static string Subscription(string topic) => "subscription:" + topic.Trim().ToLowerInvariant();

    /// <summary>The subscription topic of a consent topic, or null when it is not one.</summary>
    public static string? SubscriptionOf(string consentTopic) =>
        consentTopic.StartsWith("subscription:", StringComparison.Ordinal) ? consentTopic["subscription:".Length..] : null;
}
