namespace CityCrm.Conversations.Surveys;

/// <summary>Where one resident's survey stands.</summary>
public enum SurveyRunState
{
    /// <summary>Waiting for its due time (a delay, or the end of quiet hours).</summary>
    Scheduled = 0,
    /// <summary>A question was asked and waits for its answer.</summary>
    Asking = 1,
    /// <summary>Every question was answered or skipped.</summary>
    Completed = 2,
    /// <summary>The resident turned to something else, or never answered.</summary>
    Abandoned = 3,
    /// <summary>Never asked: opted out, no way to reach them, or the conversation moved on first.</summary>
    Skipped = 4,
}
