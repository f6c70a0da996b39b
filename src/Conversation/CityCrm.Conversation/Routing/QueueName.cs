namespace CityCrm.Conversations.Routing;

/// <summary>Queue names are "department/language": a department slug and a two-letter language.</summary>
public static class QueueName
{
    public const string GeneralDepartment = "general";
    public const string DefaultLanguage = "en";

    public static string Of(string department, string language) => $"{department}/{language}";

    /// <summary>The department and language of a queue name; a bare department is in English.</summary>
    public static (string Department, string Language) Split(string queue)
    {
        var slash = queue.IndexOf('/');
        return slash < 0 ? (queue, DefaultLanguage) : (queue[..slash], queue[(slash + 1)..]);
    }

    /// <summary>
    /// The department slug of a catalogue department: its part before " - ", lower case, words joined by dashes
    /// ("Public Works - Streets Division" is "public-works").
    /// </summary>
    public static string DepartmentSlug(string department)
    {
        var head = department.Split(" - ", 2)[0];
        var words = System.Text.RegularExpressions.Regex.Split(head.ToLowerInvariant(), "[^a-z0-9]+");
        var slug = string.Join('-', words.Where(w => w.Length > 0));
        return slug.Length == 0 ? GeneralDepartment : slug;
    }

    /// <summary>Whether the text is a well-formed queue name (what a transfer may name).</summary>
    public static bool IsValid(string? queue)
    {
        if (string.IsNullOrWhiteSpace(queue) || queue.Length > 80)
            return false;
        var (department, language) = Split(queue);
        return department.Length > 0 && department.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
            && language.Length == 2 && language.All(char.IsAsciiLetterLower);
    }
}
