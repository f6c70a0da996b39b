using System.Text;
using CityCrm.Conversations.Model;

namespace CityCrm.Conversations.Outreach;

/// <summary>
/// A subscription keyword message: "SUBSCRIBE TRASH", "UNSUBSCRIBE TRASH", Spanish "SUSCRIBIR BASURA" or
/// "CANCELAR SUSCRIPCION BASURA" (accents and case ignored). A bare "SUBSCRIBE" asks for the list of topics. A bare
/// "UNSUBSCRIBE" is not one: on text messages it is a carrier STOP word, handled before the bot.
/// </summary>
/// <param name="Topic">What follows the keyword, or null when nothing does.</param>
/// <param name="Language">"es" when the Spanish keyword was used, else "en".</param>
public sealed record SubscriptionCommand(bool Subscribe, string? Topic, string Language)
{
    private static readonly (string Words, bool Subscribe, string Language)[] Keywords =
    [
        ("cancelar suscripcion", false, "es"), ("desuscribir", false, "es"), ("suscribir", true, "es"), ("suscribirme", true, "es"),
        ("unsubscribe", false, "en"), ("subscribe", true, "en"),
    ];

    /// <summary>The command in <paramref name="text"/>, or null when the message is not one.</summary>
    public static SubscriptionCommand? Parse(string? text)
    {
        var plain = Fold(text ?? "");
        foreach (var (words, subscribe, language) in Keywords)
        {
            if (plain == words && subscribe)
                return new SubscriptionCommand(true, null, language);
            if (plain.StartsWith(words + " ", StringComparison.Ordinal))
            {
                var topic = plain[(words.Length + 1)..].Trim();
                return topic.Length is > 0 and <= 40 ? new SubscriptionCommand(subscribe, topic, language) : null;
            }
        }
        return null;
    }

    // Lower case, accents off, punctuation and extra spaces gone: "¡Suscribir  Basura!" is "suscribir basura".
    private static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var upper in AccentFolding.Fold(text.Trim()))
        {
            var c = char.ToLowerInvariant(upper);
            if (char.IsLetterOrDigit(c) || c == '-')
                builder.Append(c);
            else if (builder.Length > 0 && builder[^1] != ' ')
                builder.Append(' ');
        }
        return builder.ToString().Trim();
    }
}
