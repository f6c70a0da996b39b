namespace CityCrm.Channels.Twilio.Voice;

/// <summary>The facts of a call every webhook of the flow needs.</summary>
/// <param name="InboxId">The phone line's inbox.</param>
/// <param name="CallSid">Twilio's id of the call, also the call's conversation id.</param>
/// <param name="Caller">The caller's number (E.164), or an anonymous address of the call's own.</param>
/// <param name="Number">Our number that was called.</param>
public sealed record VoiceCall(string InboxId, string CallSid, string Caller, string Number);
