using CityCrm.Conversations.Contacts;
using CityCrm.Conversations.Model;
using CityCrm.Conversations.Outbox;

namespace CityCrm.Storage.Tests.Contracts;

/// <summary>The stores the outbox contract needs together: messages and entries are written in one transaction.</summary>
public sealed record DeliveryStores(IConversationStore Conversations, IOutboxStore Outbox, IOptOutRegistry OptOuts);
