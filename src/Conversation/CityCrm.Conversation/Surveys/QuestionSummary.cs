namespace CityCrm.Conversations.Surveys;

/// <summary>
/// One question's results: how many answered; for a rating its average and the count of each score ("1" to "5"); for
/// a choice the count of each choice; for free text the answers themselves, newest first (at most 200).
/// </summary>
public sealed record QuestionSummary(
    string QuestionId, string Kind, string Text, int Answers, double? Average, IReadOnlyDictionary<string, int> Counts, IReadOnlyList<string> Texts);
