using Microsoft.AspNetCore.Http;

namespace CityCrm.Channels.DirectLine.Api;

/// <summary>
/// The endpoint's errors as problem+json. The official client reads 403 as "token expired" and
/// 404 as "conversation ended", so these two are used for exactly that.
/// </summary>
internal static class DirectLineProblems
{
    public static IResult Forbidden(string detail) => Problem(StatusCodes.Status403Forbidden, "Forbidden", detail);

    public static IResult NoCredential() => Forbidden("A valid Direct Line secret or token is required.");

    public static IResult NotFound(string conversationId) =>
        Problem(StatusCodes.Status404NotFound, "Conversation not found", $"Conversation {conversationId} does not exist.");

    public static IResult BadRequest(string detail) => Problem(StatusCodes.Status400BadRequest, "Bad request", detail);

    public static IResult TooLarge(string detail) => Problem(StatusCodes.Status413PayloadTooLarge, "Payload too large", detail);

    public static IResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: status, title: title);
}
