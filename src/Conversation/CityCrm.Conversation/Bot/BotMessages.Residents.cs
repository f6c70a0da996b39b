namespace CityCrm.Conversations.Bot;

/// <summary>The bot's words for surveys, appointments and topic subscriptions (same files, same template rules).</summary>
public sealed partial class BotMessages
{
    /// <summary>The satisfaction question: <c>{{$city}}</c>.</summary>
    public string SurveyCsatQuestion { get; set; } = "";
    /// <summary>The optional comment after a rating.</summary>
    public string SurveyCsatComment { get; set; } = "";
    /// <summary>Added to a rating question where the channel shows buttons 1 to 5.</summary>
    public string SurveyRatingButtons { get; set; } = "";
    /// <summary>Added to a rating question where a digit is typed (text messages, email).</summary>
    public string SurveyRatingDigits { get; set; } = "";
    /// <summary>Added to a choice question, before the choices.</summary>
    public string SurveyChoiceHint { get; set; } = "";
    /// <summary>The button (and the word) that skips an optional question.</summary>
    public string SurveySkip { get; set; } = "";
    public string SurveyThanks { get; set; } = "";

    /// <summary>The next open times are offered as buttons: <c>{{$service}}</c> (the calendar's name).</summary>
    public string AppointmentOffer { get; set; } = "";
    public string AppointmentNoSlots { get; set; } = "";
    /// <summary>Booked: <c>{{$service}}</c>, <c>{{$when}}</c> (see <see cref="SlotFormat"/>), <c>{{$cancel}}</c> (the word that cancels on that channel).</summary>
    public string AppointmentConfirmed { get; set; } = "";
    /// <summary>The day before: values as for <see cref="AppointmentConfirmed"/>.</summary>
    public string AppointmentReminder { get; set; } = "";
    public string AppointmentCancelled { get; set; } = "";
    /// <summary>The picked time was taken meanwhile; other times follow.</summary>
    public string AppointmentTaken { get; set; } = "";
    public string AppointmentNothingToCancel { get; set; } = "";
    /// <summary>
    /// How an appointment time reads (and its button): <c>{weekday}</c>, <c>{day}</c>, <c>{month}</c> (from
    /// <see cref="SlotWeekdays"/> and <see cref="SlotMonths"/>), <c>{hour}</c> (00-23), <c>{hour12}</c>, <c>{minute}</c>, <c>{ampm}</c>.
    /// </summary>
    public string SlotFormat { get; set; } = "";
    /// <summary>Seven day names from Sunday, comma separated.</summary>
    public string SlotWeekdays { get; set; } = "";
    /// <summary>Twelve month names as appointment times use them, comma separated.</summary>
    public string SlotMonths { get; set; } = "";

    /// <summary>Subscribed by keyword: <c>{{$topic}}</c> (its name), <c>{{$keyword}}</c>.</summary>
    public string SubscriptionDone { get; set; } = "";
    /// <summary>Unsubscribed: <c>{{$topic}}</c>.</summary>
    public string SubscriptionEnded { get; set; } = "";
    /// <summary>The topics there are: <c>{{$list}}</c> ("TRASH (Route 4 ...); FLOOD (...)"), <c>{{$example}}</c> (a keyword).</summary>
    public string SubscriptionChoices { get; set; } = "";
    /// <summary>Put before the choices when the keyword named no topic the city has: <c>{{$topic}}</c>, what was typed.</summary>
    public string SubscriptionUnknown { get; set; } = "";
    public string SubscriptionNone { get; set; } = "";
}
