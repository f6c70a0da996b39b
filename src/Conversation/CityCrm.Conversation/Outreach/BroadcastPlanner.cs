using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace CityCrm.Conversations.Outreach;

/// <summary>
/// Plans a broadcast: checks the texts, resolves the segment (each person once, see <see cref="AudienceResolver"/>),
/// asks for confirmation of an empty or very large audience, and stores the broadcast with every recipient in one
/// transaction, each with the language they get. <see cref="BroadcastSender"/> sends from there.
/// </summary>
public sealed partial class BroadcastPlanner(
    ISegmentStore segments, IBroadcastStore broadcasts, AudienceResolver resolver, BroadcastSignal signal, IOptions<OutreachOptions> options, TimeProvider clock)
{
    /// <summary>Longest text per language: ten SMS parts.</summary>
    public const int MaxTextLength = 1600;

    /// <summary>The stored broadcast; throws <see cref="KeyNotFoundException"/> for an unknown segment and <see cref="BroadcastConfirmationException"/> when unconfirmed.</summary>
    public async Task<Broadcast> PlanAsync(BroadcastRequest request, string by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var texts = Texts(request.Texts);
        var topic = string.IsNullOrWhiteSpace(request.Topic) ? "general" : request.Topic.Trim().ToLowerInvariant();
        if (!TopicPattern().IsMatch(topic))
            throw new OutreachValidationException("topic", "A topic is up to 40 lower-case letters, digits and dashes (road-closure).");
        var segment = await segments.GetAsync(request.SegmentId ?? "", cancellationToken)
            ?? throw new KeyNotFoundException($"There is no segment {request.SegmentId}.");
        var audience = await resolver.ResolveAsync(segment.Rules, request.HouseholdOnce, cancellationToken);
        var limit = options.Value.ConfirmAbove;
        if (!request.Confirmed && (audience.Recipients.Count == 0 || audience.Recipients.Count > limit))
            throw new BroadcastConfirmationException(audience.Recipients.Count, limit);
        var now = clock.GetUtcNow();
        var broadcast = new Broadcast(NewId(), segment.Id, segment.Name, topic, texts, request.HouseholdOnce, BroadcastStatus.Sending, by, now);
        var position = 0;
        var recipients = audience.Recipients
            .Select(r => new BroadcastRecipient(broadcast.Id, r.Member.ContactId, ++position, r.Reach.InboxId, r.Reach.ChannelId, r.Reach.Address,
                broadcast.LanguageFor(SegmentMatcher.Language(r.Member.Profile.Language))))
            .Concat(audience.Unreachable.Select(m => new BroadcastRecipient(broadcast.Id, m.ContactId, ++position, "", "", "",
                broadcast.LanguageFor(SegmentMatcher.Language(m.Profile.Language)), RecipientStatus.Unreachable, Detail: "No channel the city can send on.")))
            .ToList();
        await broadcasts.PlanAsync(broadcast, recipients, cancellationToken);
        signal.Notify();
        return broadcast;
    }

    private static Dictionary<string, string> Texts(IReadOnlyDictionary<string, string>? given)
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (language, text) in given ?? new Dictionary<string, string>())
        {
            var code = language.Trim().ToLowerInvariant();
            if (!LanguagePattern().IsMatch(code))
                throw new OutreachValidationException($"texts.{language}", "Texts are keyed by a language code such as en or es.");
            if (string.IsNullOrWhiteSpace(text))
                continue;
            texts[code] = text.Trim().Length <= MaxTextLength ? text.Trim()
                : throw new OutreachValidationException($"texts.{language}", $"At most {MaxTextLength} characters.");
        }
        return texts.ContainsKey(Broadcast.DefaultLanguage) ? texts
            : throw new OutreachValidationException("texts.en", "The English text is required: it goes to everyone without a translation.");
    }

    private static string NewId() => "b" + Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(6));

    [GeneratedRegex(@"^[a-z0-9][a-z0-9-]{0,39}\z")]
    private static partial Regex TopicPattern();

    [GeneratedRegex(@"^[a-z]{2,3}\z")]
    private static partial Regex LanguagePattern();
}
