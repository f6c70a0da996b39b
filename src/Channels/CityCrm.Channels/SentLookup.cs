namespace CityCrm.Channels;

/// <summary>What a provider said when asked which matching messages it already accepted.</summary>
/// <param name="Answered">False when the provider could not be asked (outage, throttling): sending again would risk a duplicate.</param>
/// <param name="Matches">The matching messages, oldest first; empty when the provider has none.</param>
/// <param name="Error">Why the provider could not be asked.</param>
public sealed record SentLookup(bool Answered, IReadOnlyList<SentMessage> Matches, string? Error = null)
{
    public static SentLookup Found(IReadOnlyList<SentMessage> matches) => new(true, matches);

    public static SentLookup Unavailable(string error) => new(false, [], error);
}
