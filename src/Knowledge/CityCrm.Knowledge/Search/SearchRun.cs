namespace CityCrm.Knowledge.Search;

/// <summary>One search of the articles of one language, with the signals behind its confidence and, when asked, why each hit matched.</summary>
internal sealed record SearchRun(KnowledgeResult Result, ConfidenceSignals? Signals, string SearchedLanguage, IReadOnlyList<HitExplanation> Explanations);
