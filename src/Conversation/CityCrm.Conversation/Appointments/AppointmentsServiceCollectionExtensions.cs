using CityCrm.Conversations.Bot;
using CityCrm.Conversations.Leases;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CityCrm.Conversations.Appointments;

/// <summary>
/// Registers appointments: the calendars (<c>Appointments</c> section), booking, notices, the reminder timer and the bot
/// dialog. An <see cref="IAppointmentStore"/> must be registered separately (AddSqliteStores).
/// </summary>
public static class AppointmentsServiceCollectionExtensions
{
    public static IServiceCollection AddAppointments(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<AppointmentOptions>(configuration.GetSection(AppointmentOptions.Section));
        services.AddSingleton<AppointmentService>();
        services.AddSingleton<AppointmentNotices>();
        services.AddSingleton<IBotDialog, AppointmentDialog>();
        services.AddSingleton<AppointmentReminders>();
        services.AddLeasedHostedService("appointment-reminders", sp => sp.GetRequiredService<AppointmentReminders>());
        return services;
    }
}
