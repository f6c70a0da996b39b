using CityCrm.Channels.Schema;
using CityCrm.Conversations.Model;

namespace CityCrm.Channels.DirectLine.Streaming;

/// <summary>The open WebSocket streams, by conversation; new messages are handed to each of them.</summary>
internal sealed class DirectLineStreamBroker
{
    private readonly Dictionary<string, List<DirectLineStreamSession>> sessions = new(StringComparer.Ordinal);
    private readonly Lock gate = new();

    /// <summary>Starts handing the conversation's new messages to <paramref name="session"/> until disposed.</summary>
    public IDisposable Attach(DirectLineStreamSession session)
    {
        lock (gate)
        {
            if (!sessions.TryGetValue(session.ConversationId, out var list))
                sessions[session.ConversationId] = list = [];
            list.Add(session);
        }
        return new Detacher(this, session);
    }

    /// <summary>Hands a committed message to every stream open on its conversation; never blocks.</summary>
    public void Publish(Message message)
    {
        DirectLineStreamSession[] targets;
        lock (gate)
        {
            if (!sessions.TryGetValue(message.ConversationId, out var list))
                return;
            targets = [.. list];
        }
        foreach (var session in targets)
            session.Notify(message);
    }

    /// <summary>Hands a typing activity (never stored) to every stream open on its conversation; never blocks.</summary>
    public void PublishTyping(Activity typing)
    {
        DirectLineStreamSession[] targets;
        lock (gate)
        {
            if (!sessions.TryGetValue(typing.Conversation!.Id!, out var list))
                return;
            targets = [.. list];
        }
        foreach (var session in targets)
            session.NotifyTyping(typing);
    }

    private void Detach(DirectLineStreamSession session)
    {
        lock (gate)
        {
            if (!sessions.TryGetValue(session.ConversationId, out var list))
                return;
            list.Remove(session);
            if (list.Count == 0)
                sessions.Remove(session.ConversationId);
        }
    }

    private sealed class Detacher(DirectLineStreamBroker broker, DirectLineStreamSession session) : IDisposable
    {
        private int disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref disposed, 1) == 0)
                broker.Detach(session);
        }
    }
}
