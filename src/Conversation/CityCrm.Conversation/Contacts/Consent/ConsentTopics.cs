using System.Text.Json;
using CityCrm.Channels.Schema;

namespace CityCrm.Conversations.Contacts.Consent;

/// <summary>
/// The topics an outgoing message falls under, read from the message itself: news about a request (it carries the
/// request's entity and is not an agent's reply) is "case-updates" and "department:{department}"; anything else is
/// a "conversation" reply; a broadcast carries its own (outreach, its topic, its subscription).
/// </summary>
public static class ConsentTopics
{
    public const string Conversation = "conversation";
    public const string CaseUpdates = "case-updates";

    /// <summary>The topic of a department's messages.</summary>
    public static string Department(string department) => "department:" + department.Trim().ToLowerInvariant();

    /// <summary>Topics of <paramref name="activity"/>, most general first.</summary>
    public static IReadOnlyList<string> Of(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Entities?.Select(Outreach.BroadcastEntity.TopicsOf).FirstOrDefault(t => t is not null) is { } broadcast)
            return broadcast;
        var request = activity.From?.Role == "agent" ? null : activity.Entities?.FirstOrDefault(e => e.Type == "case")?.Properties;
        if (request is null)
            return [Conversation];
        return request.TryGetValue("department", out var d) && d.ValueKind == JsonValueKind.String && d.GetString() is { Length: > 0 } department
            ? [CaseUpdates, Department(department)]
            : [CaseUpdates];
    }
}
