using CityCrm.Conversations.Contacts.Profiles;
using Microsoft.Extensions.Options;

namespace CityCrm.Conversations.Portal;

/// <summary>
/// Signing in to the resident portal with a one-time code (see <see cref="ResidentCodes"/>) sent to an email or phone
/// number the city knows. Requests are limited per address and per IP, and an unknown address is answered, and
/// counted, exactly like a known one: it only gets no code.
/// </summary>
public sealed class ResidentSignIn(ResidentCodes codes, ResidentDirectory directory, ResidentCodeQueue queue, IOptions<ConversationOptions> conversationOptions)
{
    /// <summary>Checks the address and the limits, records the request and, for a known address, queues a code.</summary>
    public async Task<CodeRequestOutcome> RequestCodeAsync(string? rawAddress, string ip, string? language, CancellationToken cancellationToken)
    {
        string address;
        try
        {
            address = ResidentAddress.Read("address", rawAddress, conversationOptions.Value.DefaultRegion);
        }
        catch (ContactValidationException ex)
        {
            return CodeRequestOutcome.Invalid(ex.Field, ex.Reason);
        }
        var (addressKey, ipKey) = (codes.Key("address", address), codes.Key("ip", ip));
        if (await codes.LimitAsync(addressKey, ipKey, cancellationToken) is { } retryAfter)
            return CodeRequestOutcome.Limited(retryAfter);
        var target = await directory.FindAsync(address, cancellationToken);
        var code = await codes.IssueAsync(addressKey, ipKey, target?.ContactId, cancellationToken);
        if (target is not null && code is not null)
            queue.Enqueue(new ResidentCodeDelivery(target, code, language is "es" ? "es" : "en"));
        return CodeRequestOutcome.Accepted;
    }

    /// <summary>Checks a typed code against the newest code of the address; a match signs the contact in and spends the code.</summary>
    public async Task<SignInOutcome> VerifyAsync(string? rawAddress, string? code, CancellationToken cancellationToken)
    {
        string address;
        try
        {
            address = ResidentAddress.Read("address", rawAddress, conversationOptions.Value.DefaultRegion);
        }
        catch (ContactValidationException)
        {
            return SignInOutcome.Refused(ResidentCodes.WrongCode);
        }
        return await codes.CheckAsync(codes.Key("address", address), code, null, cancellationToken);
    }
}
