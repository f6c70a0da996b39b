namespace CityCrm.City311.Tests.Security;

/// <summary>The declared audience of every endpoint (<c>access-matrix.txt</c>) and which session kinds each audience lets in.</summary>
internal static class AccessMatrix
{
    public static readonly string[] Sessions = ["anonymous", "resident", "agent", "supervisor", "editor", "admin"];

    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        ["public"] = Sessions,
        ["capability"] = Sessions,
        ["resident"] = ["resident"],
        ["staff"] = ["agent", "supervisor", "editor", "admin"],
        ["agent"] = ["agent", "supervisor", "admin"],
        ["supervisor"] = ["supervisor", "admin"],
        ["editor"] = ["editor", "admin"],
        ["admin"] = ["admin"],
        ["agent-or-editor"] = ["agent", "supervisor", "editor", "admin"],
        ["nobody"] = [],
    };

    /// <summary>"METHOD /pattern" to its audience, read from the file beside this test.</summary>
    public static IReadOnlyDictionary<string, string> Read()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Security", "access-matrix.txt");
        var declared = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadAllLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var parts = line.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            Assert.True(parts.Length == 3 && Allowed.ContainsKey(parts[0]), $"access-matrix.txt: cannot read \"{line}\"");
            Assert.True(declared.TryAdd($"{parts[1]} {parts[2]}", parts[0]), $"access-matrix.txt: \"{line}\" is declared twice");
        }
        return declared;
    }

    public static bool Allows(string audience, string session) => Allowed[audience].Contains(session);

    /// <summary>
    /// A body of the kind the endpoint reads: a form for Twilio's webhooks and Open311 (so what refuses the request is
    /// the missing signature or api_key, not the format), JSON for everything else.
    /// </summary>
    public static HttpContent BodyFor(string pattern) =>
        pattern.StartsWith("/twilio/", StringComparison.Ordinal) || pattern.StartsWith("/open311/", StringComparison.Ordinal)
            ? new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["From"] = "+13125550100", ["To"] = "+13125550199", ["Body"] = "hello", ["MessageSid"] = "SM00000000000000000000000000000001",
                ["service_code"] = "pothole", ["description"] = "deep hole", ["lat"] = "42.30", ["long"] = "-71.06",
            })
            : new StringContent("{}", System.Text.Encoding.UTF8, "application/json");

    /// <summary>A concrete path for a route pattern: each parameter gets a value its constraint accepts.</summary>
    public static string PathFor(string pattern) =>
        System.Text.RegularExpressions.Regex.Replace(pattern, @"\{([^}:]+)(:[^}]*)?\}", m => m.Groups[1].Value switch
        {
            "format" => "json",
            "chart" => "volume",
            "page" => "editor",
            "documentName" => "v1",
            "inboxId" => "telegram",
            _ when m.Groups[2].Value.Contains("int", StringComparison.Ordinal) => "1",
            _ => "none-such",
        });
}
