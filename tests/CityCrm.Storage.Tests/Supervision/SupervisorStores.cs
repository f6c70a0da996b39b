using CityCrm.CaseCore;
using CityCrm.Conversations.Model;
using CityCrm.Conversations.Supervision;

namespace CityCrm.Storage.Tests.Supervision;

/// <summary>The reports store with the conversation and case stores over the same storage, which it reads.</summary>
public sealed record SupervisorStores(ISupervisorReports Reports, IConversationStore Conversations, ICaseStore Cases);
