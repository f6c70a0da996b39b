namespace CityCrm.Knowledge.Editorial;

/// <summary>An article as the editors' list shows it.</summary>
/// <param name="TranslationOutOfDate">A translation whose source has been published again since it was last brought up to date.</param>
public sealed record EditorialListItem(EditorialRecord Record, Article Head, bool TranslationOutOfDate);
