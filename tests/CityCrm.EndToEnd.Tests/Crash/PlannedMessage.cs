namespace CityCrm.EndToEnd.Tests.Crash;

/// <summary>
/// One resident message of the load: its provider id (Twilio's MessageSid, or Web Chat's clientActivityID), its text,
/// and how often it was posted and acknowledged with a 2xx. Posted again until acknowledged, as providers do.
/// </summary>
public sealed class PlannedMessage(string key, string text)
{
    private int posts;
    private int acks;

    public string Key { get; } = key;

    public string Text { get; } = text;

    /// <summary>Filled for SMS: the webhook's form fields and Twilio's signature over them.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Fields { get; init; } = [];

    public string Signature { get; set; } = "";

    public int Posts => Volatile.Read(ref posts);

    public int Acks => Volatile.Read(ref acks);

    public bool Acknowledged => Acks > 0;

    public void Record(bool acknowledged)
    {
        Interlocked.Increment(ref posts);
        if (acknowledged)
            Interlocked.Increment(ref acks);
    }
}
