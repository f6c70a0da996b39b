using CityCrm.Conversations.Agents;
using CityCrm.Conversations.Model;
using CityCrm.Conversations.Routing;

namespace CityCrm.Storage.Tests.Contracts;

/// <summary>The routing store with the account and conversation stores over the same storage, which it reads.</summary>
public sealed record RoutingStores(IAgentRoutingStore Routing, IAgentAccountStore Accounts, IConversationStore Conversations);
