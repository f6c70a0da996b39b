namespace CityCrm.Knowledge.Insights;

/// <summary>What the bot did with a question it searched the knowledge base for.</summary>
public enum AnswerOutcome
{
    /// <summary>It answered with one article's summary and link.</summary>
    Answered = 0,
    /// <summary>It offered a few articles to choose from.</summary>
    OfferedChoices = 1,
    /// <summary>It found nothing good enough and offered to rephrase, talk to a person or report a problem.</summary>
    Declined = 2,
}
