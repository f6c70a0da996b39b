using System.Globalization;
using CityCrm.CaseCore;
using Microsoft.AspNetCore.Http;

namespace CityCrm.Open311;

/// <summary>
/// Reads <c>GET requests</c>' filters into a <see cref="CaseQuery"/>. service_request_id (comma separated) overrides
/// every other filter. Otherwise the dates bound the requested time, the span may not exceed the configured days
/// (90, as the spec says), and without dates the last 90 days are searched; page and page_size page through the
/// newest first, at most the spec's 1000 per page.
/// </summary>
public static class Open311Search
{
    public static CaseQuery Read(IQueryCollection query, Open311Options options, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<Open311Error>();
        var ids = List(query, "service_request_id");
        if (ids.Count > 0)
        {
            if (ids.Count > options.MaxPageSize)
                errors.Add(Bad($"service_request_id: at most {options.MaxPageSize} ids at once."));
            Throw(errors);
            // An id that is no reference at all cannot match; it is kept as given so it finds nothing.
            var references = ids.Select(id => CaseReference.Normalize(id) ?? id).Distinct().ToList();
            return new CaseQuery { References = references, Limit = references.Count };
        }

        var window = TimeSpan.FromDays(options.MaxSearchDays);
        var start = Date(query, "start_date", errors);
        var end = Date(query, "end_date", errors);
        if (start is { } s && end is { } e)
        {
            if (e < s)
                errors.Add(Bad("end_date is before start_date."));
            else if (e - s > window)
                errors.Add(Bad($"start_date to end_date may not span more than {options.MaxSearchDays} days."));
        }
        var statuses = new List<CaseStatus>();
        foreach (var status in List(query, "status"))
        {
            switch (status.ToLowerInvariant())
            {
                case "open":
                    statuses.AddRange([CaseStatus.New, CaseStatus.Open, CaseStatus.InProgress, CaseStatus.OnHold]);
                    break;
                case "closed":
                    statuses.Add(CaseStatus.Closed);
                    break;
                default:
                    errors.Add(Bad($"status '{status}' is neither open nor closed."));
                    break;
            }
        }
        var page = Number(query, "page", 1, int.MaxValue / options.MaxPageSize, errors) ?? 1;
        var size = Number(query, "page_size", 1, options.MaxPageSize, errors) ?? options.MaxPageSize;
        Throw(errors);

        var from = start ?? (end ?? now) - window;
        var to = end ?? (start is { } only ? only + window : now);
        var codes = List(query, "service_code");
        return new CaseQuery
        {
            ServiceCodes = codes.Count > 0 ? codes : null,
            Statuses = statuses.Count > 0 ? statuses.Distinct().ToList() : null,
            CreatedFrom = from,
            CreatedTo = to,
            Offset = (page - 1) * size,
            Limit = size,
        };
    }

    private static DateTimeOffset? Date(IQueryCollection query, string name, List<Open311Error> errors)
    {
        var text = query[name].FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();
        if (text is null)
            return null;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at))
            return at;
        errors.Add(Bad($"{name} '{text}' is not a date and time (like 2026-03-02T09:30:00-05:00)."));
        return null;
    }

    private static int? Number(IQueryCollection query, string name, int min, int max, List<Open311Error> errors)
    {
        var text = query[name].FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();
        if (text is null)
            return null;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
            return n;
        errors.Add(Bad($"{name} '{text}' must be a whole number from {min} to {max}."));
        return null;
    }

    private static List<string> List(IQueryCollection query, string name) =>
        query[name].SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static Open311Error Bad(string description) => new(StatusCodes.Status400BadRequest, description);

    private static void Throw(List<Open311Error> errors)
    {
        if (errors.Count > 0)
            throw new Open311Exception(StatusCodes.Status400BadRequest, errors);
    }
}
