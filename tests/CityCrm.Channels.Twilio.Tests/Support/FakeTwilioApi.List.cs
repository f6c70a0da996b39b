using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace CityCrm.Channels.Twilio.Tests.Support;

/// <summary>
/// Twilio's Message list as the real API serves it: GET Accounts/{sid}/Messages.json filtered by To, From and DateSent
/// (DateSent=, DateSent&lt;=, DateSent&gt;=, with a date or a date and time), newest first, PageSize (50 by default,
/// at most 1000) pages chained by next_page_uri, null on the last page; dates in RFC 2822.
/// </summary>
public sealed partial class FakeTwilioApi
{
    /// <summary>Every list call that reached the server, as its query string.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string> Listed { get; } = new();

    private async Task ListAsync(HttpContext context, string accountSid)
    {
        var query = context.Request.Query;
        Listed.Enqueue(context.Request.QueryString.Value ?? "");
        if (!tokens.TryGetValue(accountSid, out var token)
            || context.Request.Headers.Authorization.ToString() != "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{accountSid}:{token}")))
        {
            await ErrorAsync(context, 401, 20003, "Authenticate");
            return;
        }
        var size = int.TryParse(query["PageSize"], out var s) ? Math.Clamp(s, 1, 1000) : 50;
        var page = int.TryParse(query["Page"], out var p) ? Math.Max(p, 0) : 0;
        var matches = Created.Values
            .Where(m => m.AccountSid == accountSid)
            .Where(m => !query.ContainsKey("To") || m.To == query["To"])
            .Where(m => !query.ContainsKey("From") || m.From == query["From"])
            .Where(m => SentWithin(m, query))
            .OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Sid, StringComparer.Ordinal)
            .ToList();
        var slice = matches.Skip(page * size).Take(size).ToList();
        var basePath = $"/2010-04-01/Accounts/{accountSid}/Messages.json";
        var filters = string.Concat(query.Where(q => q.Key is not ("Page" or "PageSize" or "PageToken"))
            .Select(q => $"&{Uri.EscapeDataString(q.Key)}={Uri.EscapeDataString(q.Value.ToString())}"));
        string PageUri(int n) => $"{basePath}?PageSize={size}&Page={n}{filters}";
        await context.Response.WriteAsJsonAsync(new Dictionary<string, object?>
        {
            ["messages"] = slice.Select(Resource).ToList(),
            ["page"] = page, ["page_size"] = size, ["start"] = page * size, ["end"] = page * size + Math.Max(slice.Count - 1, 0),
            ["uri"] = PageUri(page), ["first_page_uri"] = PageUri(0),
            ["next_page_uri"] = (page + 1) * size < matches.Count ? PageUri(page + 1) : null,
            ["previous_page_uri"] = page > 0 ? PageUri(page - 1) : null,
        });
    }

    // The fake hands every message to the carrier at once, so its date_sent is its date_created.
    private static bool SentWithin(CreatedMessage message, IQueryCollection query)
    {
        foreach (var (key, op) in new[] { ("DateSent", "="), ("DateSent<", "<="), ("DateSent>", ">="), ("DateSent<=", "<="), ("DateSent>=", ">=") })
        {
            if (!query.TryGetValue(key, out var value))
                continue;
            var dateOnly = DateOnly.TryParseExact(value.ToString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day);
            var sent = message.CreatedAt.UtcDateTime;
            var bound = dateOnly ? day.ToDateTime(TimeOnly.MinValue) : DateTime.Parse(value.ToString(), CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal);
            var compared = dateOnly ? DateOnly.FromDateTime(sent).CompareTo(day) : sent.CompareTo(bound);
            if ((op == "=" && compared != 0) || (op == "<=" && compared > 0) || (op == ">=" && compared < 0))
                return false;
        }
        return true;
    }

    private static Dictionary<string, object?> Resource(CreatedMessage m) => new()
    {
        ["account_sid"] = m.AccountSid, ["api_version"] = "2010-04-01", ["body"] = m.Body,
        ["date_created"] = m.CreatedAt.ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture),
        ["date_sent"] = m.CreatedAt.ToString("ddd, dd MMM yyyy HH:mm:ss '+0000'", CultureInfo.InvariantCulture),
        ["direction"] = "outbound-api", ["error_code"] = null, ["error_message"] = null, ["from"] = m.From,
        ["num_media"] = m.MediaCount.ToString(CultureInfo.InvariantCulture), ["num_segments"] = "1", ["sid"] = m.Sid, ["status"] = "queued", ["to"] = m.To,
        ["uri"] = $"/2010-04-01/Accounts/{m.AccountSid}/Messages/{m.Sid}.json",
    };
}
