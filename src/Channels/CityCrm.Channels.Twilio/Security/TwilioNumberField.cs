namespace CityCrm.Channels.Twilio.Security;

/// <summary>Which form field of a webhook names the city's own number.</summary>
public enum TwilioNumberField
{
    /// <summary>Incoming messages and calls: the resident wrote or called <c>To</c> our number.</summary>
    To,

    /// <summary>Status callbacks of messages we sent: our number is the <c>From</c>.</summary>
    From,
}
