using System.ComponentModel;
using CityCrm.Knowledge;
using Microsoft.SemanticKernel;

namespace CityCrm.Conversations.Bot.Plugins;

/// <summary>The bot's knowledge skill, callable by the deterministic router or by a language model.</summary>
public sealed class KnowledgePlugin(IKnowledgeSearch search)
{
    public const string Name = "knowledge";

    [KernelFunction("search"), Description("Searches the city's published knowledge articles for a resident's question.")]
    public Task<KnowledgeResult> SearchAsync(
        [Description("The resident's question, as written")] string question,
        CancellationToken cancellationToken) =>
        search.SearchAsync(question, 3, cancellationToken);
}
