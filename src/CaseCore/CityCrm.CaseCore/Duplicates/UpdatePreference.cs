namespace CityCrm.CaseCore.Duplicates;

/// <summary>How a resident wants to hear about a case they reported or follow.</summary>
public enum UpdatePreference
{
    /// <summary>On the channel they reported on (the chat, the text line, the email thread...).</summary>
    Here = 0,
    Sms = 1,
    Email = 2,
    /// <summary>No updates; the resident can still ask for the status.</summary>
    None = 3,
}
