using Microsoft.AspNetCore.Http;

namespace CityCrm.Channels.Twilio.Security;

/// <summary>The webhooks' refusals as problem+json. They say what is wrong, never which secret was expected.</summary>
internal static class TwilioProblems
{
    public static IResult Forbidden(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");

    public static IResult NotOurNumber(string? number) =>
        TypedResults.Problem(detail: $"{number ?? "(none)"} is not a number this service answers for.", statusCode: StatusCodes.Status404NotFound, title: "Unknown number");

    public static IResult BadRequest(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest, title: "Bad request");
}
