namespace CityCrm.Conversations.Appointments;

/// <summary>
/// What the bot says about appointments, in English and Spanish: {service}, {when}, {cancel} (the word that cancels on
/// that channel: a bare CANCEL opts a number out of texts, so text messages say CANCEL APPT).
/// </summary>
public sealed record AppointmentTexts(
    string Offer, string NoSlots, string Confirmed, string Reminder, string Cancelled, string Taken, string NothingToCancel)
{
    public static readonly AppointmentTexts English = new(
        "Here are the next open times for a {service}. Which one suits you?",
        "Sorry, there are no open times for a {service} in the coming weeks. You can ask to talk to a person.",
        "Your {service} is booked for {when}. Reply {cancel} to cancel or RESCHEDULE to pick another time.",
        "Reminder: your {service} is tomorrow, {when}. Reply {cancel} to cancel or RESCHEDULE to pick another time.",
        "Your {service} on {when} is cancelled.",
        "Sorry, that time was just taken.",
        "You have no upcoming appointment to change.");

    public static readonly AppointmentTexts Spanish = new(
        "Estos son los próximos horarios libres para {service}. ¿Cuál le conviene?",
        "Lo sentimos, no hay horarios libres para {service} en las próximas semanas. Puede pedir hablar con una persona.",
        "Su cita de {service} está reservada para {when}. Responda {cancel} para cancelarla o RESCHEDULE para elegir otro horario.",
        "Recordatorio: su cita de {service} es mañana, {when}. Responda {cancel} para cancelarla o RESCHEDULE para elegir otro horario.",
        "Su cita de {service} del {when} está cancelada.",
        "Lo sentimos, ese horario acaba de ocuparse.",
        "No tiene ninguna cita próxima que cambiar.");

    public static AppointmentTexts For(string? language) => language == "es" ? Spanish : English;
}
