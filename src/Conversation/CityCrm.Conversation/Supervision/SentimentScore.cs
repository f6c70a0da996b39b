namespace CityCrm.Conversations.Supervision;

/// <summary>How a text reads: <paramref name="Score"/> from -1 (angry) to 1 (pleased), and how many words counted.</summary>
public sealed record SentimentScore(double Score, int Matched)
{
    /// <summary>Above this a text counts as positive, below its negative as negative.</summary>
    public const double Threshold = 0.05;

    public bool IsPositive => Score > Threshold;

    public bool IsNegative => Score < -Threshold;
}
