namespace CityCrm.Conversations.Surveys;

/// <summary>What the bot says around a survey, in English and Spanish. <c>{city}</c> is the city's name.</summary>
public sealed record SurveyTexts(
    string CsatQuestion, string CsatComment, string RatingHintButtons, string RatingHintDigits, string ChoiceHint,
    string TextHint, string Skip, string Thanks)
{
    public static readonly SurveyTexts English = new(
        "How satisfied are you with the help you got from {city} 311?",
        "Thank you. Is there anything you would like to tell us? Write a comment, or SKIP.",
        "Choose from 1 (very unsatisfied) to 5 (very satisfied).",
        "Reply with a number from 1 (very unsatisfied) to 5 (very satisfied).",
        "Choose one:",
        "Write your answer.",
        "Skip",
        "Thank you for your feedback!");

    public static readonly SurveyTexts Spanish = new(
        "¿Qué tan satisfecho está con la ayuda que recibió del 311 de {city}?",
        "Gracias. ¿Hay algo que quiera decirnos? Escriba un comentario, u OMITIR.",
        "Elija de 1 (muy insatisfecho) a 5 (muy satisfecho).",
        "Responda con un número del 1 (muy insatisfecho) al 5 (muy satisfecho).",
        "Elija una opción:",
        "Escriba su respuesta.",
        "Omitir",
        "¡Gracias por su opinión!");

    /// <summary>The texts for <paramref name="language"/> (English unless es).</summary>
    public static SurveyTexts For(string? language) => language == "es" ? Spanish : English;
}
