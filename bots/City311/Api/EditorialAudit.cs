using System.Security.Claims;
using System.Text.Json;
using CityCrm.Conversations.Audit;
using CityCrm.Knowledge.Editorial;

namespace CityCrm.City311.Api;

/// <summary>Writes each editorial action to the audit trail: who did what to which article, and where it left it.</summary>
internal static class EditorialAudit
{
    /// <summary>Records <paramref name="action"/> (e.g. "publish") as <c>knowledge.editor.publish</c>.</summary>
    public static Task WriteAsync(IAuditLog log, TimeProvider clock, ClaimsPrincipal user, string action, EditorialArticle article, CancellationToken cancellationToken)
    {
        var arguments = JsonSerializer.Serialize(new
        {
            articleId = article.Id,
            version = article.PendingVersion?.Number,
            headVersion = article.HeadVersion,
            publishedVersion = article.PublishedVersion,
        });
        var outcome = KnowledgeEditorMapping.StatusName(article.Status);
        return log.WriteAsync(
            new AuditRecord(clock.GetUtcNow(), user.Identity?.Name ?? "unknown", "knowledge.editor." + action, null, arguments, outcome, 0),
            cancellationToken);
    }
}
