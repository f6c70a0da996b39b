using Microsoft.AspNetCore.Http.HttpResults;

namespace CityCrm.City311.Api;

/// <summary>The problem+json answers the console's conversation endpoints share.</summary>
public static class ConsoleProblems
{
    /// <summary>404 for a conversation id that does not exist (or that the caller may not know of).</summary>
    public static ProblemHttpResult ConversationNotFound(string id) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Conversation not found", detail: $"No conversation has the id {id}.");
}
