namespace CityCrm.CaseCore;

/// <summary>
/// One thing wrong with a request to open or change a case: which field ("description", "location",
/// "attribute[CODE]", "service_code", "media"), a stable code ("required", "not_in_list", "invalid",
/// "too_long", "outside_city", "unknown"), and a sentence a person can act on.
/// </summary>
public sealed record CaseProblem(string Field, string Code, string Message);
