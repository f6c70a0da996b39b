using CityCrm.Conversations.Contacts.Profiles;
using CityCrm.Storage.Sqlite;
using Microsoft.Data.Sqlite;

namespace CityCrm.Conversations.Tests.Contacts;

/// <summary>Contacts and their profiles in a SQLite file of their own, deleted on dispose.</summary>
public sealed class ContactStoreHarness : IAsyncDisposable
{
    private readonly string folder;

    private ContactStoreHarness(string folder, SqliteDatabase database)
    {
        this.folder = folder;
        Conversations = new SqliteConversationStore(database, TimeProvider.System);
        Profiles = new SqliteContactProfileStore(database);
    }

    public SqliteConversationStore Conversations { get; }

    public SqliteContactProfileStore Profiles { get; }

    public static async Task<ContactStoreHarness> CreateAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "citycrm-tests", Guid.NewGuid().ToString("N"));
        var database = new SqliteDatabase(Path.Combine(folder, "citycrm.db"));
        await database.InitializeAsync(CancellationToken.None);
        return new ContactStoreHarness(folder, database);
    }

    /// <summary>A new web chat contact whose profile is <paramref name="shape"/> applied to the one it starts with.</summary>
    public async Task<ContactProfileData> ContactAsync(Func<ContactProfileData, ContactProfileData> shape)
    {
        var contact = await Conversations.GetOrCreateContactAsync("web", "user-" + Guid.NewGuid().ToString("N"), null, CancellationToken.None);
        var data = (await Profiles.GetAsync(contact.Id, CancellationToken.None))!;
        Assert.True(await Profiles.SaveAsync(shape(data), data.Version, [], CancellationToken.None));
        return (await Profiles.GetAsync(contact.Id, CancellationToken.None))!;
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(folder))
            Directory.Delete(folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}
