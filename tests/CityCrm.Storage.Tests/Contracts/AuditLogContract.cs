using CityCrm.Conversations.Audit;

namespace CityCrm.Storage.Tests.Contracts;

/// <summary>What every audit log does: keeps each record as written and lists newest first, per conversation or all.</summary>
public abstract class AuditLogContract : StoreContract<IAuditLog>
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ListAsync_AfterWrites_ReturnsEachRecordAsWrittenNewestFirst()
    {
        var first = new AuditRecord(Start, "agent:ana", "contact.read", "conv-1", "{\"field\":\"phone\"}", "ok", 1.5);
        var second = new AuditRecord(Start.AddSeconds(1), "skill:cases", "case.open", "conv-1", null, null, 12);
        await Store.WriteAsync(first, None);
        await Store.WriteAsync(second, None);

        var listed = await Store.ListAsync("conv-1", 10, None);

        Assert.Equal([second, first], listed);
    }

    [Fact]
    public async Task ListAsync_ForAConversation_ReturnsOnlyItsRecords()
    {
        await Store.WriteAsync(new AuditRecord(Start, "a", "x", "conv-1", null, null, 0), None);
        await Store.WriteAsync(new AuditRecord(Start.AddSeconds(1), "b", "y", "conv-2", null, null, 0), None);
        await Store.WriteAsync(new AuditRecord(Start.AddSeconds(2), "c", "z", null, null, null, 0), None);

        var listed = await Store.ListAsync("conv-2", 10, None);

        Assert.Equal(["b"], listed.Select(r => r.Actor));
    }

    [Fact]
    public async Task ListAsync_WithoutConversation_ReturnsEveryRecordUpToTheLimit()
    {
        for (var i = 0; i < 5; i++)
            await Store.WriteAsync(new AuditRecord(Start.AddSeconds(i), $"actor-{i}", "x", i % 2 == 0 ? null : $"conv-{i}", null, null, 0), None);

        var listed = await Store.ListAsync(null, 3, None);

        Assert.Equal(["actor-4", "actor-3", "actor-2"], listed.Select(r => r.Actor));
    }
}
