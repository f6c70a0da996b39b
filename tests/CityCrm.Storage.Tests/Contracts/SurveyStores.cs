using CityCrm.CaseCore;
using CityCrm.Conversations.Contacts.Profiles;
using CityCrm.Conversations.Model;
using CityCrm.Conversations.Surveys;

namespace CityCrm.Storage.Tests.Contracts;

/// <summary>The stores the survey contract needs together over one storage: surveys, and the cases and profiles it reads.</summary>
public sealed record SurveyStores(ISurveyStore Surveys, ICaseStore Cases, IConversationStore Conversations, IContactProfileStore Profiles);
