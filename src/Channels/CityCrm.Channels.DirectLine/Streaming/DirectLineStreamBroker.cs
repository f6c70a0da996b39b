using CityCrm.Channels.Schema;
using CityCrm.Conversations.Model;

namespace CityCrm.Channels.DirectLine.Streaming;

/// <summary>The open WebSocket streams, by conversation; new messages are handed to each of them.</summary>
internal sealed class DirectLineStreamBroker : IDirectLineStreams
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
        foreach (var session in SessionsOf(message.ConversationId))
            session.Notify(message);
    }

    public void Wake(string conversationId)
    {
        foreach (var session in SessionsOf(conversationId))
            session.Wake();
    }

    /// <summary>Hands a typing activity (never stored) to every stream open on its conversation; never blocks.</summary>
    public void PublishTyping(Activity typing)
    {
        foreach (var session in SessionsOf(typing.Conversation!.Id!))
            session.NotifyTyping(typing);
    }

    private DirectLineStreamSession[] SessionsOf(string conversationId)
    {
        lock (gate)
            return sessions.TryGetValue(conversationId, out var list) ? [.. list] : [];
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
