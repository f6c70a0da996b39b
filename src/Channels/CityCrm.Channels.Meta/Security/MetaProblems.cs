using Microsoft.AspNetCore.Http;

namespace CityCrm.Channels.Meta.Security;

/// <summary>The webhook's refusals as problem+json. They say what is wrong, never which secret was expected.</summary>
internal static class MetaProblems
{
    public static IResult Forbidden(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");

    public static IResult BadRequest(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status400BadRequest, title: "Bad request");

    public static IResult TooLarge(long limit) =>
        TypedResults.Problem(detail: $"Webhook bodies are at most {limit} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge, title: "Too large");
}
