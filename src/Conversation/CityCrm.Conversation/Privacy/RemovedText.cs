namespace CityCrm.Conversations.Privacy;

/// <summary>
/// What stands where personal words were removed, so a console shows why a transcript or a description is empty
/// without knowing about retention.
/// </summary>
public static class RemovedText
{
    public const string Retention = "[removed under the retention schedule]";
    public const string Erasure = "[erased on request]";
}
