namespace CityCrm.Conversations.Privacy;

/// <summary>
/// The retention schedule (<c>Retention</c> section): how many days each record type is kept with its personal data,
/// counted from when it was resolved, closed or made. 0 days for a type means it is never removed by age.
/// </summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>Runs the schedule at all (on by default).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often the worker looks for what passed its period.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Records removed per commit, and per type in one run: a run never holds the database for long.</summary>
    public int BatchSize { get; set; } = 200;

    /// <summary>Resolved conversations: message words, attachments, names and addresses.</summary>
    public int ResolvedConversationsDays { get; set; } = 730;

    /// <summary>Closed cases: description, photos, answers, notes and requester (service, status, dates and block stay).</summary>
    public int ClosedCasesDays { get; set; } = 2555;

    /// <summary>Residents' questions kept for the knowledge insights (unanswered questions).</summary>
    public int InsightQuestionsDays { get; set; } = 180;

    /// <summary>Addresses outreach messages went to.</summary>
    public int OutreachSendsDays { get; set; } = 365;

    /// <summary>Free-text survey answers (ratings stay).</summary>
    public int SurveyAnswersDays { get; set; } = 730;

    /// <summary>Residents' files, however their conversation stands.</summary>
    public int AttachmentsDays { get; set; } = 365;

    /// <summary>Audit entries (deleted).</summary>
    public int AuditEntriesDays { get; set; } = 2555;

    /// <summary>The period of a scrubbed record type, in days.</summary>
    public int DaysFor(RetentionRecord record) => record switch
    {
        RetentionRecord.InsightQuestions => InsightQuestionsDays,
        RetentionRecord.OutreachSends => OutreachSendsDays,
        RetentionRecord.SurveyAnswers => SurveyAnswersDays,
        RetentionRecord.Attachments => AttachmentsDays,
        RetentionRecord.AuditEntries => AuditEntriesDays,
        _ => throw new ArgumentOutOfRangeException(nameof(record), record, "No such record type."),
    };
}
