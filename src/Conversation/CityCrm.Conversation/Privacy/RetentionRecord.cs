namespace CityCrm.Conversations.Privacy;

/// <summary>The record types scrubbed by age alone, apart from conversations, cases and contacts.</summary>
public enum RetentionRecord
{
    /// <summary>Residents' questions kept for the knowledge insights (unanswered questions): the words are removed.</summary>
    InsightQuestions,

    /// <summary>Outreach sends: the address each went to is removed, the count and status stay.</summary>
    OutreachSends,

    /// <summary>Survey answers: free-text answers are removed, ratings stay.</summary>
    SurveyAnswers,

    /// <summary>Attachments: the file's content and name are removed, its size and type stay.</summary>
    Attachments,

    /// <summary>Audit entries (the audit log and contacts' audit trails): deleted.</summary>
    AuditEntries,
}
