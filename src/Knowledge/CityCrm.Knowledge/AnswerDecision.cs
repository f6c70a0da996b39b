namespace CityCrm.Knowledge;

/// <summary>What the bot should do with a search result, decided from its confidence.</summary>
public enum AnswerDecision
{
    /// <summary>The top article answers the question.</summary>
    Answer = 0,
    /// <summary>A few articles might; ask the resident which.</summary>
    Clarify = 1,
    /// <summary>Nothing fits: offer to rephrase, talk to a person or report a problem.</summary>
    OfferHandoff = 2,
}
