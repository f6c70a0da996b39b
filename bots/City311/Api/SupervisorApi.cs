using System.Globalization;
using System.Text;
using CityCrm.Conversations.Agents;
using CityCrm.Conversations.Supervision;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace CityCrm.City311.Api;

/// <summary>
/// The supervisor dashboard's HTTP side (supervisor or admin role): the live counters, every chart's data as JSON
/// (<c>/api/supervisor/reports/{chart}</c>) or CSV (<c>/api/supervisor/reports/{chart}.csv</c>) over a period of
/// the city's days (<c>from</c>, <c>to</c>: <c>yyyy-MM-dd</c>, inclusive; the last 7 days by default), and the
/// <c>/dashboard</c> page.
/// </summary>
public static class SupervisorApi
{
    /// <summary>How many days a period covers when <c>from</c> is not given.</summary>
    public const int DefaultDays = 7;

    public static IEndpointRouteBuilder MapSupervisorDashboard(this IEndpointRouteBuilder endpoints)
    {
        var supervisor = endpoints.MapGroup("/api/supervisor").WithTags("Supervisor dashboard")
            .RequireAuthorization(AgentPolicies.Supervisor);
        supervisor.MapGet("/dashboard", async (SupervisorCounters counters, CancellationToken cancellationToken) =>
            TypedResults.Ok(await counters.CountAsync(cancellationToken)));
        supervisor.MapGet("/reports", () => TypedResults.Ok(SupervisorReportBuilder.Charts));
        // The JSON route takes names without a dot, so "volume.csv" is left to the CSV route.
        supervisor.MapGet("/reports/{chart:regex(^[a-z-]+$)}", ReportAsync);
        supervisor.MapGet("/reports/{chart:regex(^[a-z-]+$)}.csv", CsvAsync);
        endpoints.MapSupervisorHub();
        return endpoints;
    }

    private static Task<Results<Ok<ReportTable>, ProblemHttpResult, ValidationProblem>> ReportAsync(
        string chart, string? from, string? to, SupervisorReportBuilder builder, IOptions<SupervisorOptions> options, TimeProvider clock,
        CancellationToken cancellationToken) =>
        RespondAsync(chart, from, to, builder, options.Value, clock, table => TypedResults.Ok(table), cancellationToken);

    private static Task<Results<FileContentHttpResult, ProblemHttpResult, ValidationProblem>> CsvAsync(
        string chart, string? from, string? to, SupervisorReportBuilder builder, IOptions<SupervisorOptions> options, TimeProvider clock,
        CancellationToken cancellationToken) =>
        RespondAsync(chart, from, to, builder, options.Value, clock,
            table => TypedResults.File(Encoding.UTF8.GetBytes(CsvWriter.Write(table)), "text/csv; charset=utf-8", $"{chart}.csv"), cancellationToken);

    private static async Task<Results<TOk, ProblemHttpResult, ValidationProblem>> RespondAsync<TOk>(
        string chart, string? from, string? to, SupervisorReportBuilder builder, SupervisorOptions options, TimeProvider clock,
        Func<ReportTable, TOk> ok, CancellationToken cancellationToken)
        where TOk : IResult
    {
        if (!SupervisorReportBuilder.Charts.Contains(chart))
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Unknown chart",
                detail: $"There is no chart \"{chart}\". Charts: {string.Join(", ", SupervisorReportBuilder.Charts)}.");
        var today = builder.Calendar.DateOf(clock.GetUtcNow());
        var errors = PeriodErrors(from, to, today, options.MaxDays);
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);
        var last = Date(to) ?? today;
        var period = new ReportPeriod(Date(from) ?? last.AddDays(1 - DefaultDays), last);
        return ok((await builder.BuildAsync(chart, period, cancellationToken))!);
    }

    private static Dictionary<string, string[]> PeriodErrors(string? from, string? to, DateOnly today, int maxDays)
    {
        var errors = new Dictionary<string, string[]>();
        if (from is not null && Date(from) is null)
            errors["from"] = ["Give the first day as yyyy-MM-dd."];
        if (to is not null && Date(to) is null)
            errors["to"] = ["Give the last day as yyyy-MM-dd."];
        if (errors.Count > 0)
            return errors;
        var last = Date(to) ?? today;
        var first = Date(from) ?? last.AddDays(1 - DefaultDays);
        if (first > last)
            errors["from"] = ["The first day comes after the last."];
        else if (last.DayNumber - first.DayNumber + 1 > maxDays)
            errors["to"] = [$"A period covers at most {maxDays} days."];
        return errors;
    }

    private static DateOnly? Date(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
