using System.Security.Cryptography;
using System.Text;
using AgentStudio.Security.ApiKeys;
using AgentStudio.Storage;
using AgentStudio.Tests.Storage;
using AgentStudio.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AgentStudio.Tests.Security.ApiKeys;

/// <summary><see cref="ApiKeyStore"/> on the real SQLite storage: keys made, listed, checked and revoked, and never stored.</summary>
public sealed class ApiKeyStoreTests : IAsyncLifetime
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private StorageHarness? _harness;

    private StorageHarness Harness => _harness!;

    private ApiKeyStore Store => new(Harness.Services.GetRequiredService<IDbContextFactory<AgentStudioDbContext>>(), Harness.Clock);

    public async ValueTask InitializeAsync() => _harness = await StorageHarness.StartAsync();

    public async ValueTask DisposeAsync()
    {
        if (_harness is not null)
        {
            await _harness.DisposeAsync();
        }
    }

    [Fact]
    public async Task Create_GivesAnAsKey_OfThirtyTwoRandomBytes_AndTheDatabaseFilesHoldOnlyItsHashAndPrefix()
    {
        var created = await Store.CreateAsync("ci", Cancel);
        await using (var db = Harness.NewContext())
        {
            // Everything in the log goes into the database file, as a backup would copy it.
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", Cancel);
        }

        Assert.Matches("^as_[A-Za-z0-9_-]{43}$", created.Secret);
        Assert.Equal(created.Secret[..11], created.Key.Prefix);
        var stored = ReadDatabaseFiles();
        Assert.True(Contains(stored, SHA256.HashData(Encoding.UTF8.GetBytes(created.Secret))), "the key's hash is stored");
        Assert.True(Contains(stored, Encoding.UTF8.GetBytes(created.Key.Prefix)), "the prefix is stored");
        Assert.False(Contains(stored, Encoding.UTF8.GetBytes(created.Secret[11..])), "the key's secret part is not stored");
        Assert.False(Contains(stored, Encoding.Unicode.GetBytes(created.Secret[11..])), "the key's secret part is not stored as UTF-16 either");
    }

    [Fact]
    public async Task CreateListRevoke_ThroughTheStore_KeepNameDatesAndState()
    {
        var ci = await Store.CreateAsync("  ci  ", Cancel);
        Harness.Clock.Advance(TimeSpan.FromMinutes(5));
        var laptop = await Store.CreateAsync("laptop", Cancel);

        var revoked = await Store.RevokeAsync("ci", Cancel);
        var revokedAgain = await Store.RevokeAsync("ci", Cancel);
        var keys = await Store.ListAsync(Cancel);

        Assert.True(revoked);
        Assert.False(revokedAgain);
        Assert.Equal(["laptop", "ci"], keys.Select(k => k.Name));
        Assert.Equal(laptop.Key, keys[0]);
        Assert.False(keys[0].IsRevoked);
        Assert.Equal(TestClock.Start, keys[1].CreatedAt);
        Assert.Equal(TestClock.Start.AddMinutes(5), keys[1].RevokedAt);
        Assert.Equal(ci.Key.Prefix, keys[1].Prefix);
        Assert.Null(keys[1].LastUsedAt);
    }

    [Fact]
    public async Task Authenticate_ValidKey_IsValid_AndRecordsItsUse_ToTheMinute()
    {
        var created = await Store.CreateAsync("ci", Cancel);
        Harness.Clock.Advance(TimeSpan.FromMinutes(2));

        var (check, key) = await Store.AuthenticateAsync(created.Secret, Cancel);
        Harness.Clock.Advance(TimeSpan.FromSeconds(30));
        await Store.AuthenticateAsync(created.Secret, Cancel);
        var afterThirtySeconds = (await Store.ListAsync(Cancel))[0].LastUsedAt;
        Harness.Clock.Advance(TimeSpan.FromSeconds(40));
        await Store.AuthenticateAsync(created.Secret, Cancel);
        var afterSeventySeconds = (await Store.ListAsync(Cancel))[0].LastUsedAt;

        Assert.Equal(ApiKeyCheck.Valid, check);
        Assert.Equal(created.Key.Id, key?.Id);
        Assert.Equal(TestClock.Start.AddMinutes(2), key?.LastUsedAt);
        Assert.Equal(TestClock.Start.AddMinutes(2), afterThirtySeconds);
        Assert.Equal(TestClock.Start.AddMinutes(2).AddSeconds(70), afterSeventySeconds);
    }

    [Fact]
    public async Task Authenticate_WrongRevokedOrMalformedKeys_AreRefused_AndRecordNoUse()
    {
        var created = await Store.CreateAsync("ci", Cancel);
        var other = await Store.CreateAsync("old", Cancel);
        await Store.RevokeAsync("old", Cancel);
        // Same prefix, another last character: found by its prefix, refused by its hash.
        var wrong = created.Secret[..^1] + (created.Secret[^1] == 'A' ? 'B' : 'A');

        Assert.Equal(ApiKeyCheck.Unknown, (await Store.AuthenticateAsync(wrong, Cancel)).Check);
        Assert.Equal(ApiKeyCheck.Unknown, (await Store.AuthenticateAsync(ApiKeyTokens.NewKey(), Cancel)).Check);
        Assert.Equal(ApiKeyCheck.Unknown, (await Store.AuthenticateAsync("sk-not-ours", Cancel)).Check);
        Assert.Equal(ApiKeyCheck.Unknown, (await Store.AuthenticateAsync("", Cancel)).Check);
        Assert.Equal(ApiKeyCheck.Unknown, (await Store.AuthenticateAsync(created.Key.Prefix, Cancel)).Check);
        Assert.Equal(ApiKeyCheck.Revoked, (await Store.AuthenticateAsync(other.Secret, Cancel)).Check);
        Assert.All(await Store.ListAsync(Cancel), k => Assert.Null(k.LastUsedAt));
    }

    [Fact]
    public async Task Create_EmptyLongOrTakenNames_AreRefusedWithTheReason_AndARevokedKeysNameIsFreeAgain()
    {
        await Store.CreateAsync("ci", Cancel);

        var empty = await Assert.ThrowsAsync<ApiKeyNameException>(() => Store.CreateAsync("   ", Cancel));
        var tooLong = await Assert.ThrowsAsync<ApiKeyNameException>(() => Store.CreateAsync(new string('k', ApiKeyStore.MaxNameLength + 1), Cancel));
        var taken = await Assert.ThrowsAsync<ApiKeyNameException>(() => Store.CreateAsync("ci", Cancel));
        await Store.RevokeAsync("ci", Cancel);
        var again = await Store.CreateAsync("ci", Cancel);

        Assert.Contains("needs a name", empty.Message, StringComparison.Ordinal);
        Assert.Contains($"at most {ApiKeyStore.MaxNameLength} characters", tooLong.Message, StringComparison.Ordinal);
        Assert.Contains("\"ci\" is already in use", taken.Message, StringComparison.Ordinal);
        Assert.Equal("ci", again.Key.Name);
        Assert.Equal(2, (await Store.ListAsync(Cancel)).Count);
    }

    private byte[] ReadDatabaseFiles()
    {
        using var all = new MemoryStream();
        foreach (var file in Directory.GetFiles(Harness.DataFolder, StorageOptions.DatabaseFileName + "*"))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            stream.CopyTo(all);
        }

        return all.ToArray();
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}
