using CityCrm.Conversations.Contacts.Profiles;
using CityCrm.Conversations.Model;
using Microsoft.AspNetCore.Http.HttpResults;

namespace CityCrm.City311.Api;

/// <summary>
/// How the contact endpoints answer a refused change, always as problem+json: a broken rule is 400 naming the
/// field and why, an unknown contact 404, a stale version or a state that forbids it (a merged contact) 409.
/// </summary>
public static class ContactProblems
{
    /// <summary>Runs <paramref name="action"/> and turns the refusals above into problems; other errors propagate.</summary>
    public static async Task<Results<Ok<T>, ProblemHttpResult>> RunAsync<T>(Func<Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        try
        {
            return TypedResults.Ok(await action());
        }
        catch (ContactValidationException ex)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The contact was not changed", detail: $"{ex.Field}: {ex.Reason}",
                extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [ex.Field] = [ex.Reason] } });
        }
        catch (KeyNotFoundException ex)
        {
            return NotFound(ex.Message);
        }
        catch (ConcurrencyConflictException ex)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Changed by someone else", detail: ex.Message);
        }
        catch (InvalidTransitionException ex)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Not possible now", detail: ex.Message);
        }
    }

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: detail);

    public static ProblemHttpResult BadRequest(string field, string reason) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid request", detail: $"{field}: {reason}",
            extensions: new Dictionary<string, object?> { ["errors"] = new Dictionary<string, string[]> { [field] = [reason] } });
}
