using CityCrm.CaseCore;
using CityCrm.CaseCore.Incidents;
using CityCrm.CaseCore.Streets;
using CityCrm.CaseCore.Workflow;
using CityCrm.Channels.DirectLine;
using CityCrm.Channels.Email;
using CityCrm.Channels.Email.Outbound;
using CityCrm.Channels.Email.Templates;
using CityCrm.Channels.Meta;
using CityCrm.Channels.Telegram;
using CityCrm.Channels.Twilio;
using CityCrm.Channels.Twilio.Voice;
using CityCrm.City311;
using CityCrm.City311.Api;
using CityCrm.City311.Cli;
using CityCrm.City311.Hardening;
using CityCrm.City311.Observability;
using CityCrm.City311.ScaleOut;
using CityCrm.Conversations;
using CityCrm.Conversations.Appointments;
using CityCrm.Conversations.Bot;
using CityCrm.Conversations.Contacts.Profiles;
using CityCrm.Conversations.Leases;
using CityCrm.Conversations.Notifications;
using CityCrm.Conversations.Outreach;
using CityCrm.Conversations.Privacy;
using CityCrm.Conversations.Supervision;
using CityCrm.Conversations.Surveys;
using CityCrm.Knowledge;
using CityCrm.Knowledge.Editorial;
using CityCrm.Open311;
using CityCrm.Storage.Sqlite;

// The knowledge command line runs instead of the web host, which it never builds.
if (args.Length > 0 && args[0] == "kb")
    return await KnowledgeCli.RunAsync(args[1..], Console.In, Console.Out, Console.Error, CancellationToken.None);
if (args.Length > 0 && args[0] == "cases")
    return await CasesCli.RunAsync(args[1..], Console.In, Console.Out, Console.Error, CancellationToken.None);

var builder = WebApplication.CreateBuilder(args);
builder.Configuration.AddJsonFile(Path.Combine(builder.Environment.ContentRootPath, "messages", "en.json"), optional: false, reloadOnChange: false);
builder.Configuration.AddJsonFile(Path.Combine(builder.Environment.ContentRootPath, "messages", "es.json"), optional: true, reloadOnChange: false);
var data = DataFolder.From(builder.Configuration);
builder.Services.AddSingleton(data);
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddProblemDetails();
builder.Services.AddOpenApi();
builder.Services.AddCityObservability(builder.Configuration);
builder.Services.AddSqliteStores(data.DatabasePath);
builder.Services.AddScaleOut(builder.Configuration);
builder.Services.AddConversations(builder.Configuration);
builder.Services.AddCityBot(builder.Configuration);
builder.Services.AddCaseCore(Path.Combine(builder.Environment.ContentRootPath, "services", "catalog.json"), data.Root);
builder.Services.Configure<CaseOptions>(builder.Configuration.GetSection(CaseOptions.Section));
builder.Services.AddStreetGazetteer(Path.Combine(builder.Environment.ContentRootPath, builder.Configuration["Cases:StreetsFile"] ?? "streets/streets.json"));
builder.Services.AddOpen311(builder.Configuration);
builder.Services.AddIncidents(builder.Configuration);
builder.Services.AddSingleton<CityCrm.Conversations.Notifications.IncidentClosedNotifier>();
builder.Services.AddSingleton<CityCrm.Conversations.Notifications.IncidentNoticeRecovery>();
builder.Services.AddLeasedHostedService("incident-notice-recovery", sp => sp.GetRequiredService<CityCrm.Conversations.Notifications.IncidentNoticeRecovery>());
builder.Services.AddSqliteCaseWorkflowStores();
builder.Services.AddCaseWorkflow(Path.Combine(builder.Environment.ContentRootPath, "services", "workflow.json"));
builder.Services.AddCaseAlerts(Path.Combine(builder.Environment.ContentRootPath, "templates", "cases"));
builder.Services.AddAgentSignIn(builder.Configuration);
builder.Services.AddResidentPortal(builder.Configuration, data.Root);
builder.Services.AddAgentHub();
builder.Services.AddSingleton(new CityCrm.City311.Canned.CannedResponseLibrary(Path.Combine(builder.Environment.ContentRootPath, "templates", "canned")));
builder.Services.AddAgentRouting(builder.Configuration);
builder.Services.AddSurveys(builder.Configuration);
builder.Services.AddAppointments(builder.Configuration);
builder.Services.AddSupervisorDashboard(builder.Configuration, Path.Combine(builder.Environment.ContentRootPath, "lexicons"));
builder.Services.AddDirectLine(builder.Configuration, o => o.DataDirectory = data.Root);
builder.Services.AddTwilio(builder.Configuration);
builder.Services.AddTwilioVoice(builder.Configuration);
builder.Services.AddMeta(builder.Configuration);
builder.Services.AddSingleton<ReplyWindow>();
builder.Services.AddSingleton<ReplyReach>();
builder.Services.AddContactProfiles();
builder.Services.AddSingleton<CityCrm.City311.Api.ContactProfileView>();
builder.Services.AddTelegram(builder.Configuration);
builder.Services.AddEmail(builder.Configuration);
builder.Services.AddEmailOutbound(builder.Configuration, Path.Combine(builder.Environment.ContentRootPath, "templates", "email"));
builder.Services.AddCityKnowledge(
    data.IndexPath,
    Path.Combine(builder.Environment.ContentRootPath, "knowledge"),
    Path.Combine(builder.Environment.ContentRootPath, "knowledge-synonyms.txt"));
builder.Services.AddKnowledgeEditorial();
builder.Services.AddOutreach(builder.Configuration);
builder.Services.AddSingleton<CityCrm.City311.Api.BroadcastView>();
builder.Services.AddPrivacy(builder.Configuration);
builder.AddHostLimits();

var app = builder.Build();
await app.Services.GetRequiredService<SqliteDatabase>().InitializeAsync(app.Lifetime.ApplicationStopping);

app.UseExceptionHandler();
app.UseHostLimits();
app.UseStatusCodePages();
app.UseDefaultFiles();
app.UseStaticFiles();
app.UseWebSockets();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.MapCityObservability();
app.MapOpenApi();
app.MapAuthApi();
app.MapAgentApi();
app.MapAttachmentsApi();
app.MapAgentHub();
app.MapRoutingApi();
app.MapDirectLine();
app.MapTwilioSms();
app.MapTelegram();
app.MapTwilioVoice();
app.MapMeta();
app.MapReplyTemplates();
app.MapKnowledge();
app.MapKnowledgeStaffPages();
app.MapKnowledgeEditor();
app.MapKnowledgeInsights();
app.MapKnowledgeTry();
app.MapOpen311();
app.MapIncidentsApi();
app.MapSupervisorDashboard();
app.MapSurveysApi();
app.MapAppointmentsApi();
app.MapContactProfileApi();
app.MapOutreachApi();
app.MapMyApi();
app.MapPrivacyApi();

app.Run();
return 0;

/// <summary>The host's entry point, public for WebApplicationFactory.</summary>
public partial class Program;
