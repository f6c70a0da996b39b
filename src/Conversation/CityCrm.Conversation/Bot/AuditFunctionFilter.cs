using System.Diagnostics;
using System.Text.Json;
using CityCrm.Conversations.Audit;
using Microsoft.SemanticKernel;

namespace CityCrm.Conversations.Bot;

/// <summary>
/// Writes an audit record for every skill the bot invokes (what, with which arguments, what came out,
/// how long it took), so the city can show what a resident was told and why.
/// </summary>
public sealed class AuditFunctionFilter(IAuditLog audit, TimeProvider clock) : IFunctionInvocationFilter
{
    public const string ConversationIdArgument = "conversationId";

    public async Task OnFunctionInvocationAsync(FunctionInvocationContext context, Func<FunctionInvocationContext, Task> next)
    {
        var started = Stopwatch.GetTimestamp();
        string outcome;
        try
        {
            await next(context);
            outcome = Describe(context.Result.GetValue<object>());
        }
        catch (Exception ex)
        {
            outcome = "failed: " + ex.GetType().Name + ": " + ex.Message;
            await WriteAsync(context, outcome, started);
            throw;
        }
        await WriteAsync(context, outcome, started);
    }

    private Task WriteAsync(FunctionInvocationContext context, string outcome, long started)
    {
        var arguments = context.Arguments
            .Where(a => a.Key != ConversationIdArgument && a.Value is string or null)
            .ToDictionary(a => a.Key, a => (string?)a.Value);
        var conversationId = context.Arguments.TryGetValue(ConversationIdArgument, out var id) ? id as string : null;
        var record = new AuditRecord(
            clock.GetUtcNow(), "bot", $"{context.Function.PluginName}.{context.Function.Name}", conversationId,
            JsonSerializer.Serialize(arguments), outcome, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return audit.WriteAsync(record, context.CancellationToken);
    }

    private static string Describe(object? value) => value switch
    {
        null => "none",
        Knowledge.KnowledgeResult r => $"decision={r.Decision} confidence={r.Confidence:0.000} top={r.Hits.FirstOrDefault()?.ArticleId ?? "-"}",
        CaseCore.Case c => $"case={c.Reference} status={c.Status}",
        _ => value.ToString() ?? "",
    };
}
