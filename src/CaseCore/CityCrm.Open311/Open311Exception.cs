namespace CityCrm.Open311;

/// <summary>A refused Open311 call: the HTTP status to answer with and every error to list.</summary>
public sealed class Open311Exception(int status, IReadOnlyList<Open311Error> errors)
    : Exception(string.Join(" ", errors.Select(e => e.Description)))
{
    public Open311Exception(int status, string description)
        : this(status, [new Open311Error(status, description)])
    {
    }

    public int Status { get; } = status;

    public IReadOnlyList<Open311Error> Errors { get; } = errors;
}
