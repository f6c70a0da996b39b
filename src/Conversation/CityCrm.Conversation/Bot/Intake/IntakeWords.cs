using System.Text.RegularExpressions;
using CityCrm.CaseCore.Duplicates;

namespace CityCrm.Conversations.Bot.Intake;

/// <summary>
/// What a resident's words mean while a report is being taken, in English and Spanish: a correction ("change the
/// location", "actually it's on Oak St"), a question that sets the report aside, a wish to continue, an update choice.
/// Button titles are matched separately; these are the typed forms.
/// </summary>
public static partial class IntakeWords
{
    public static bool ChangesLocation(string text) => ChangeLocation().IsMatch(Normalize(text));

    public static bool ChangesService(string text) => ChangeService().IsMatch(Normalize(text));

    public static bool ChangesAnswer(string text) => ChangeAnswer().IsMatch(Normalize(text));

    /// <summary>What "change the kind of sign" / "cambiar el tipo" names ("the kind of sign"), or null when the text asks no change.</summary>
    public static string? ChangeTarget(string text) =>
        ChangeWhat().Match(Normalize(text).TrimEnd('.', '!', '?')) is { Success: true } m ? m.Groups["what"].Value : null;

    /// <summary>A wish to change how updates are sent ("change the updates") rather than where.</summary>
    public static bool ChangesUpdates(string text) => ChangeUpdates().IsMatch(Normalize(text));

    /// <summary>A wish to give another number or email address for updates ("change my email").</summary>
    public static bool ChangesUpdatesAddress(string text) => ChangeUpdatesAddress().IsMatch(Normalize(text));

    /// <summary>"actually...", "no, it's...": a correction that may carry a new place.</summary>
    public static bool Corrects(string text) => Correction().IsMatch(Normalize(text));

    /// <summary>A question for the knowledge base rather than an answer ("when is trash day?").</summary>
    public static bool IsQuestion(string text)
    {
        var t = Normalize(text);
        return t.EndsWith('?') || Interrogative().IsMatch(t);
    }

    public static bool Continues(string text) => Continue().IsMatch(Normalize(text));

    public static bool Yes(string text) => YesWord().IsMatch(Normalize(text));

    public static bool No(string text) => NoWord().IsMatch(Normalize(text));

    /// <summary>The update preference typed in words, or null.</summary>
    public static UpdatePreference? Updates(string text)
    {
        var t = Normalize(text);
        if (NoUpdates().IsMatch(t))
            return UpdatePreference.None;
        if (Email().IsMatch(t))
            return UpdatePreference.Email;
        if (Sms().IsMatch(t))
            return UpdatePreference.Sms;
        return Here().IsMatch(t) ? UpdatePreference.Here : null;
    }

    private static string Normalize(string text) => Spaces().Replace(text.Trim().ToLowerInvariant().Replace('’', '\''), " ");

    [GeneratedRegex(@"\b(change|edit|fix|correct|wrong)\b.{0,20}\b(location|address|place|street|spot)\b|\bcambiar\b.{0,20}\b(ubicaci[oó]n|direcci[oó]n|lugar|calle)\b|\b(ubicaci[oó]n|direcci[oó]n) (equivocada|incorrecta)\b")]
    private static partial Regex ChangeLocation();

    [GeneratedRegex(@"\b(change|wrong|different)\b.{0,20}\b(service|category|type|problem|issue)\b|^(that's|that is|it's|it is) not (it|right|that)\b|\bcambiar\b.{0,20}\b(servicio|categor[ií]a|tipo|problema)\b|^no es (eso|ese|esa)\b")]
    private static partial Regex ChangeService();

    [GeneratedRegex(@"\b(change|edit|fix|correct)\b.{0,10}\b(my|the|that)? ?answer\b|\bcambiar\b.{0,10}\b(mi |la )?respuesta\b")]
    private static partial Regex ChangeAnswer();

    [GeneratedRegex(@"^(please |can i |could i |i want to |i'd like to |i need to |let me |quiero |puedo |necesito )?(change|edit|fix|correct|cambiar|corregir)\s+(?<what>.{2,60})$")]
    private static partial Regex ChangeWhat();

    [GeneratedRegex(@"\b(change|edit|fix|correct|cambiar|corregir)\b.{0,20}\b(updates?|notices?|notifications?|how (i|you) (hear|get|contact)|avisos?|actualizaciones|notificaciones)\b")]
    private static partial Regex ChangeUpdates();

    [GeneratedRegex(@"\b(change|edit|fix|correct|wrong|cambiar|corregir)\b.{0,20}\b(e-?mail( address)?|phone( number)?|mobile|cell|number|correo|tel[eé]fono|celular|n[uú]mero)\b")]
    private static partial Regex ChangeUpdatesAddress();

    [GeneratedRegex(@"^(actually|correction|sorry|oops|wait|no)\b|^(en realidad|perd[oó]n|correcci[oó]n|espera)\b")]
    private static partial Regex Correction();

    [GeneratedRegex(@"^(how|what|when|why|who|which|can i|could i|do i|do you|does|should i|is there|are there|c[oó]mo|qu[eé]|cu[aá]ndo|por qu[eé]|qui[eé]n|cu[aá]l|puedo|d[oó]nde)\b")]
    private static partial Regex Interrogative();

    [GeneratedRegex(@"^(continue|go on|resume|keep going|yes,? continue|continuar|seguir|sigamos)[.!]?$")]
    private static partial Regex Continue();

    [GeneratedRegex(@"^(yes|yeah|yep|sure|ok|okay|follow( it| that)?|s[ií]|claro|seguir)[.!]?$")]
    private static partial Regex YesWord();

    [GeneratedRegex(@"^(no|nope|new|file (it|a new one)|nuevo|nueva)[.!]?$")]
    private static partial Regex NoWord();

    [GeneratedRegex(@"^(no|none|no updates|don't update me|no thanks|ninguna?|sin (avisos|actualizaciones)|no gracias)[.!]?$")]
    private static partial Regex NoUpdates();

    [GeneratedRegex(@"\b(e-?mail|correo)\b")]
    private static partial Regex Email();

    [GeneratedRegex(@"\b(sms|text|texts|text message|mensaje de texto|texto)\b")]
    private static partial Regex Sms();

    [GeneratedRegex(@"\b(here|chat|this chat|aqu[ií])\b")]
    private static partial Regex Here();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
