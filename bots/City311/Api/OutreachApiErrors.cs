using CityCrm.Conversations.Model;
using CityCrm.Conversations.Outreach;

namespace CityCrm.City311.Api;

/// <summary>The outreach domain's exceptions as problem+json: a bad field 400, a stale edit or an unconfirmed broadcast 409.</summary>
internal static class OutreachApiErrors
{
    public static async ValueTask<object?> MapDomainErrorsAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        try
        {
            return await next(context);
        }
        catch (OutreachValidationException ex)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [ex.Field] = [ex.Message] });
        }
        catch (BroadcastConfirmationException ex)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Confirmation needed", detail: ex.Message,
                extensions: new Dictionary<string, object?> { ["reason"] = "confirmation-required", ["recipients"] = ex.Recipients });
        }
        catch (ConcurrencyConflictException ex)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Changed meanwhile", detail: ex.Message);
        }
        catch (InvalidTransitionException ex)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Not in that state", detail: ex.Message);
        }
    }
}
