namespace CityCrm.Conversations.Outreach;

/// <summary>A segment or broadcast field that cannot be accepted, with the field's name for a 400 problem.</summary>
public sealed class OutreachValidationException(string field, string message) : Exception(message)
{
    /// <summary>The request field at fault ("rules.area", "texts.en").</summary>
    public string Field { get; } = field;
}
