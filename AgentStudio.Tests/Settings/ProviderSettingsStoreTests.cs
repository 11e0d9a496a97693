using AgentStudio.Core.Running.Models.Providers;
using AgentStudio.Settings;
using AgentStudio.Storage;
using AgentStudio.Tests.Support;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AgentStudio.Tests.Settings;

public sealed class ProviderSettingsStoreTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    private ProviderSettingsStore Store(string purpose = "ring-a") => new(
        DataProtectionProvider.Create(new DirectoryInfo(Path.Combine(_folder.Path, purpose))),
        Options.Create(new StorageOptions { DataFolder = _folder.Path }),
        NullLogger<ProviderSettingsStore>.Instance);

    [Fact]
    public void AKey_IsStoredEncrypted_ShownByItsLastFour_AndDecryptedOnlyForTheModelLayer()
    {
        var store = Store();
        var provider = new ProviderRecord { Name = "openai", Kind = ModelProviderKind.OpenAI, Models = ["gpt-4o"] };

        store.Save(provider, "sk-live-ABCDEFGH1234");

        var file = File.ReadAllText(Path.Combine(_folder.Path, "providers.json"));
        Assert.DoesNotContain("sk-live-ABCDEFGH1234", file, StringComparison.Ordinal);
        Assert.Equal("1234", Store().Providers.Single().KeyHint);
        Assert.Equal("sk-live-ABCDEFGH1234", Store().ToSettings().Single().ApiKey);
    }

    [Fact]
    public void SavingWithoutANewKey_KeepsTheOldOne()
    {
        var store = Store();
        var provider = new ProviderRecord { Name = "openai", Kind = ModelProviderKind.OpenAI };
        store.Save(provider, "sk-first-key-0001");

        store.Save(provider with { Name = "renamed" }, null);

        Assert.Equal(("renamed", "sk-first-key-0001"), (store.Providers.Single().Name, store.ToSettings().Single().ApiKey));
    }

    [Fact]
    public void AnUnreadableFile_IsKeptAside_AndTheStoreStartsEmpty()
    {
        File.WriteAllText(Path.Combine(_folder.Path, "providers.json"), "{ not json");

        var store = Store();

        Assert.Empty(store.Providers);
        Assert.Single(Directory.GetFiles(_folder.Path, "providers.json.unreadable-*"));
    }

    [Fact]
    public void AKeyTheKeyRingCannotDecrypt_CountsAsMissing()
    {
        Store("ring-a").Save(new ProviderRecord { Name = "openai", Kind = ModelProviderKind.OpenAI }, "sk-lost-ring-9999");

        var settings = Store("ring-b").ToSettings().Single();

        Assert.Null(settings.ApiKey);
    }

    [Fact]
    public void ChangingTheEndpoint_ClearsTheStoredKey()
    {
        var store = Store();
        var provider = new ProviderRecord { Name = "local", Kind = ModelProviderKind.OpenAICompatible, Endpoint = "http://127.0.0.1:11434/v1" };
        store.Save(provider, "sk-bound-to-ollama-0003");

        Assert.True(store.KeepsKey(provider with { Endpoint = "http://127.0.0.1:11434/v1/" }));
        Assert.False(store.KeepsKey(provider with { Endpoint = "http://attacker.example/v1" }));
        store.Save(provider with { Endpoint = "http://attacker.example/v1" }, null);

        var saved = store.Providers.Single();
        Assert.Equal((null, null), (saved.KeyHint, saved.ProtectedApiKey));
        Assert.Null(store.ToSettings().Single().ApiKey);
    }

    [Fact]
    public void ChangingTheKind_ClearsTheStoredKey()
    {
        var store = Store();
        var provider = new ProviderRecord { Name = "openai", Kind = ModelProviderKind.OpenAI };
        store.Save(provider, "sk-bound-to-openai-0004");

        store.Save(provider with { Kind = ModelProviderKind.OpenAICompatible }, null);

        Assert.Null(store.ToSettings().Single().ApiKey);
    }

    [Fact]
    public void AKeyMovedToAnotherEndpointInTheFile_IsNotUsed()
    {
        Store().Save(new ProviderRecord { Name = "local", Kind = ModelProviderKind.OpenAICompatible, Endpoint = "http://127.0.0.1:11434/v1" }, "sk-bound-in-file-0005");
        var file = Path.Combine(_folder.Path, "providers.json");
        File.WriteAllText(file, File.ReadAllText(file).Replace("http://127.0.0.1:11434/v1", "http://attacker.example/v1", StringComparison.Ordinal));

        Assert.Null(Store().ToSettings().Single().ApiKey);
    }

    [Fact]
    public void TwoInstancesOnOneDataFolder_KeepEachOthersProviders()
    {
        var first = Store();
        var second = Store();
        Assert.Empty(second.Providers);

        first.Save(new ProviderRecord { Name = "from-first", Kind = ModelProviderKind.OpenAICompatible, Endpoint = "http://127.0.0.1:1/v1" }, null);
        second.Save(new ProviderRecord { Name = "from-second", Kind = ModelProviderKind.OpenAICompatible, Endpoint = "http://127.0.0.1:2/v1" }, null);

        Assert.Equal(["from-first", "from-second"], first.Providers.Select(p => p.Name).Order());
        Assert.Equal(["from-first", "from-second"], Store().Providers.Select(p => p.Name).Order());
    }

    [Fact]
    public void ABadEntry_IsSetAside_AndTheRestServes()
    {
        File.WriteAllText(Path.Combine(_folder.Path, "providers.json"), """
            [ null,
              { "name": "broken", "kind": "OpenAICompatible", "endpoint": "not a url" },
              { "name": "good", "kind": "OpenAICompatible", "endpoint": "http://127.0.0.1:11434/v1" } ]
            """);

        var store = Store();

        Assert.Equal(["broken", "good"], store.Providers.Select(p => p.Name));
        Assert.Equal("good", Assert.Single(store.ToSettings()).Name);
    }

    public void Dispose() => _folder.Dispose();
}
