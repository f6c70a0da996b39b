using System.Globalization;

namespace CityCrm.CaseCore;

/// <summary>
/// Checks a resident's answers against a service definition and puts them in canonical form: list answers
/// become their keys (a choice's name is accepted too), numbers and dates are parsed in the invariant culture,
/// answers to questions that do not apply are dropped. The same rules serve Open311, the agent API and the bot.
/// </summary>
public static class AttributeAnswers
{
    public const int MaxStringLength = 500;
    public const int MaxTextLength = 4000;

    /// <summary>Validates <paramref name="answers"/>; returns the canonical answers, or throws <see cref="CaseRequestException"/> listing every problem.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Normalize(
        ServiceDefinition service, IReadOnlyDictionary<string, IReadOnlyList<string>>? answers)
    {
        ArgumentNullException.ThrowIfNull(service);
        answers ??= new Dictionary<string, IReadOnlyList<string>>();
        var problems = new List<CaseProblem>();
        var byCode = service.Attributes.ToDictionary(a => a.Code, StringComparer.OrdinalIgnoreCase);
        foreach (var code in answers.Keys.Where(c => !byCode.ContainsKey(c)))
            problems.Add(new($"attribute[{code}]", "unknown", $"Service '{service.Code}' has no question '{code}'."));

        var result = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        // Conditions refer to earlier answers, so questions are checked in the definition's order.
        foreach (var attribute in service.Attributes.OrderBy(a => a.Order))
        {
            if (!attribute.AppliesTo(result))
                continue;
            var given = answers.TryGetValue(attribute.Code, out var raw)
                ? raw.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).ToList()
                : [];
            if (given.Count == 0)
            {
                if (attribute.Required)
                    problems.Add(new(Field(attribute), "required", $"'{attribute.Description}' is required."));
                continue;
            }
            if (Check(attribute, given, out var canonical) is { } problem)
                problems.Add(problem);
            else
                result[attribute.Code] = canonical;
        }
        if (problems.Count > 0)
            throw new CaseRequestException(problems);
        return result;
    }

    /// <summary>One answer to one question: the canonical values, or the problem to re-ask with.</summary>
    public static CaseProblem? Check(ServiceAttribute attribute, IReadOnlyList<string> given, out IReadOnlyList<string> canonical)
    {
        ArgumentNullException.ThrowIfNull(attribute);
        ArgumentNullException.ThrowIfNull(given);
        canonical = [];
        var field = Field(attribute);
        if (given.Count > 1 && attribute.Datatype != AttributeDatatype.MultiValueList)
            return new(field, "invalid", $"'{attribute.Description}' takes one answer, not {given.Count}.");
        var values = new List<string>(given.Count);
        foreach (var value in given)
        {
            switch (attribute.Datatype)
            {
                case AttributeDatatype.SingleValueList or AttributeDatatype.MultiValueList:
                    var choice = attribute.Values.FirstOrDefault(v => string.Equals(v.Key, value, StringComparison.OrdinalIgnoreCase))
                        ?? attribute.Values.FirstOrDefault(v => string.Equals(v.Name, value, StringComparison.OrdinalIgnoreCase));
                    if (choice is null)
                        return new(field, "not_in_list",
                            $"'{value}' is not a choice for '{attribute.Description}'. Choices: {string.Join(", ", attribute.Values.Select(v => v.Name))}.");
                    if (!values.Contains(choice.Key))
                        values.Add(choice.Key);
                    break;
                case AttributeDatatype.Number:
                    if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || !double.IsFinite(number))
                        return new(field, "invalid", $"'{attribute.Description}' needs a number; '{value}' is not one.");
                    values.Add(number.ToString(CultureInfo.InvariantCulture));
                    break;
                case AttributeDatatype.Datetime:
                    if (!DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
                        return new(field, "invalid", $"'{attribute.Description}' needs a real date and time (like 2026-03-02T09:30); '{value}' is not one.");
                    values.Add(at.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
                    break;
                default:
                    var max = attribute.Datatype == AttributeDatatype.Text ? MaxTextLength : MaxStringLength;
                    if (value.Length > max)
                        return new(field, "too_long", $"'{attribute.Description}' is too long (at most {max} characters).");
                    values.Add(value);
                    break;
            }
        }
        canonical = values;
        return null;
    }

    private static string Field(ServiceAttribute attribute) => $"attribute[{attribute.Code}]";
}
