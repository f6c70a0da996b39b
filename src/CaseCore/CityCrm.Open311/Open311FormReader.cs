using System.Globalization;
using System.Text.RegularExpressions;
using CityCrm.CaseCore;
using CityCrm.Conversations.Contacts;
using Microsoft.AspNetCore.Http;

namespace CityCrm.Open311;

/// <summary>
/// Reads a form-encoded <c>POST requests</c>: service_code, lat/long, address_string, address_id, attribute[CODE]
/// (attribute[CODE][] once per value of a multi-value list), email, device_id, account_id, first_name, last_name,
/// phone, description, media_url. Every problem in the form is collected, none stops the reading.
/// </summary>
public static partial class Open311FormReader
{
    public const int MaxFieldLength = 200;

    public static Open311Submission Read(IFormCollection form, string defaultRegion)
    {
        ArgumentNullException.ThrowIfNull(form);
        var problems = new List<CaseProblem>();
        var point = Point(form, problems);
        var media = new List<string>();
        if (Field(form, "media_url") is { } url)
        {
            if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp))
                media.Add(url);
            else
                problems.Add(new("media_url", "invalid", $"media_url '{Shorten(url)}' is not a web address (http or https)."));
        }
        var requester = new Open311Requester(
            Email(form, defaultRegion, problems),
            Phone(form, defaultRegion, problems),
            Bounded(form, "account_id", problems),
            Bounded(form, "device_id", problems),
            Bounded(form, "first_name", problems),
            Bounded(form, "last_name", problems));
        return new Open311Submission(
            Field(form, "service_code") ?? "",
            Field(form, "description"),
            point,
            Field(form, "address_string"),
            Bounded(form, "address_id", problems),
            Attributes(form),
            media,
            requester,
            problems);
    }

    private static GeoPoint? Point(IFormCollection form, List<CaseProblem> problems)
    {
        var lat = Field(form, "lat");
        var lon = Field(form, "long");
        if (lat is null && lon is null)
            return null;
        if (lat is null || lon is null)
        {
            problems.Add(new(lat is null ? "lat" : "long", "required", "lat and long go together: give both, or neither."));
            return null;
        }
        var latOk = double.TryParse(lat, NumberStyles.Float, CultureInfo.InvariantCulture, out var latitude) && double.IsFinite(latitude);
        var lonOk = double.TryParse(lon, NumberStyles.Float, CultureInfo.InvariantCulture, out var longitude) && double.IsFinite(longitude);
        if (!latOk)
            problems.Add(new("lat", "invalid", $"lat '{Shorten(lat)}' is not a number of degrees."));
        if (!lonOk)
            problems.Add(new("long", "invalid", $"long '{Shorten(lon)}' is not a number of degrees."));
        return latOk && lonOk ? new GeoPoint(latitude, longitude) : null;
    }

    // attribute[CODE]=v for one value; attribute[CODE][]=v, repeated, for each value of a multi-value list.
    private static Dictionary<string, IReadOnlyList<string>> Attributes(IFormCollection form)
    {
        var answers = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, values) in form)
        {
            if (AttributeKey().Match(key) is not { Success: true } match)
                continue;
            var code = match.Groups["code"].Value;
            var given = values.Where(v => v is not null).Select(v => v!).ToList();
            answers[code] = answers.TryGetValue(code, out var earlier) ? [.. earlier, .. given] : given;
        }
        return answers;
    }

    // The same reading of an email or phone number as a resident typing theirs in a chat: lower-case email, E.164 number.
    private static string? Email(IFormCollection form, string defaultRegion, List<CaseProblem> problems)
    {
        if (Field(form, "email") is not { } email)
            return null;
        if (email.Length <= MaxFieldLength && KnownAddress.TryRead(email, defaultRegion) is { } address && address.Contains('@'))
            return address;
        problems.Add(new("email", "invalid", $"email '{Shorten(email)}' is not an email address."));
        return null;
    }

    private static string? Phone(IFormCollection form, string defaultRegion, List<CaseProblem> problems)
    {
        if (Field(form, "phone") is not { } phone)
            return null;
        if (KnownAddress.TryRead(phone, defaultRegion) is { } number && PhoneAddress.IsE164(number))
            return number;
        problems.Add(new("phone", "invalid", $"phone '{Shorten(phone)}' is not a phone number."));
        return null;
    }

    private static string? Bounded(IFormCollection form, string name, List<CaseProblem> problems)
    {
        var value = Field(form, name);
        if (value is { Length: > MaxFieldLength })
        {
            problems.Add(new(name, "too_long", $"{name} is too long (at most {MaxFieldLength} characters)."));
            return null;
        }
        return value;
    }

    private static string? Field(IFormCollection form, string name) =>
        form.TryGetValue(name, out var values) && values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v)) is { } value ? value.Trim() : null;

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";

    [GeneratedRegex(@"^attribute\[(?<code>[^\[\]]+)\](?:\[\])?$", RegexOptions.CultureInvariant)]
    private static partial Regex AttributeKey();
}
