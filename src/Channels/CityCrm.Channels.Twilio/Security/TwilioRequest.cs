using Microsoft.AspNetCore.Http;

namespace CityCrm.Channels.Twilio.Security;

/// <summary>A webhook that passed the checks: Twilio signed it, and it concerns one of our numbers.</summary>
/// <param name="Number">Our number the webhook is about, as configured.</param>
/// <param name="Form">The posted parameters, exactly as signed.</param>
/// <param name="Url">The public URL the signature was checked against.</param>
public sealed record TwilioRequest(TwilioNumber Number, IFormCollection Form, string Url)
{
    /// <summary>A posted parameter, or null when absent or empty.</summary>
    public string? this[string name] => Form.TryGetValue(name, out var v) && !string.IsNullOrEmpty(v.ToString()) ? v.ToString() : null;
}
