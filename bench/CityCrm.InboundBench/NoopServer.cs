using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CityCrm.InboundBench;

/// <summary>
/// The floor: a separate ASP.NET Core process on the same machine whose endpoints take the same requests (a Twilio
/// form, a Direct Line activity), read their bodies and answer at once, storing nothing.
/// </summary>
internal static class NoopServer
{
    public const string Flag = "--noop-server";

    public static async Task RunAsync(string url, CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Urls.Add(url);
        app.MapGet("/health", () => Results.Ok());
        app.MapPost("/twilio/sms", async (HttpContext context) =>
        {
            await context.Request.ReadFormAsync(context.RequestAborted);
            return Results.Content("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Response></Response>", "text/xml");
        });
        app.MapPost("/v3/directline/conversations/{id}/activities", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            await reader.ReadToEndAsync(context.RequestAborted);
            return Results.Json(new { id = "0" });
        });
        await app.RunAsync(cancellationToken);
    }
}
