namespace CityCrm.CaseCore;

/// <summary>
/// A request to open or change a case was refused; nothing was stored. Every problem is listed, so a form
/// or an Open311 client can fix them all at once and a conversation can re-ask the first.
/// </summary>
public sealed class CaseRequestException : ArgumentException
{
    public CaseRequestException(IReadOnlyList<CaseProblem> problems)
        : base(string.Join(" ", (problems ?? throw new ArgumentNullException(nameof(problems))).Select(p => p.Message)))
    {
        if (problems.Count == 0)
            throw new ArgumentException("At least one problem is needed.", nameof(problems));
        Problems = problems;
    }

    public CaseRequestException(string field, string code, string message)
        : this([new CaseProblem(field, code, message)])
    {
    }

    public IReadOnlyList<CaseProblem> Problems { get; }
}
