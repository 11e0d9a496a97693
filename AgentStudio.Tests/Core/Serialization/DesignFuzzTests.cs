using AgentStudio.Core.Serialization;
using AgentStudio.Core.Validation;
using AgentStudio.Designs;
using AgentStudio.Tests.Storage;

namespace AgentStudio.Tests.Core.Serialization;

/// <summary>Damaged files never crash anything and never reach the database.</summary>
public sealed class DesignFuzzTests
{
    private const int MutationCount = 1_200;
    private const int Seed = 20261124;

    [Fact]
    public async Task EveryMutation_LoadsOrYieldsProblems_NeverThrows_AndNothingIsStored()
    {
        await using var storage = await StorageHarness.StartAsync();
        var importer = new DesignImporter(storage.Store);
        var loadedCount = 0;
        var refusedCount = 0;

        foreach (var (description, json) in DesignMutations.Generate(Samples.All(), MutationCount, Seed))
        {
            DesignLoadResult loaded;
            try
            {
                loaded = DesignSerializer.Load(json);
            }
            catch (Exception ex)
            {
                Assert.Fail($"{description}: Load threw {ex.GetType().Name}: {ex.Message}");
                return;
            }

            if (loaded.Succeeded)
            {
                loadedCount++;
                AssertStillWorks(description, loaded);
                continue;
            }

            refusedCount++;
            Assert.True(loaded.Problems.Any(p => p.IsError), $"{description}: refused without an error problem");
            Assert.All(loaded.Problems, p => Assert.Matches(@"^AS\d{4}$", p.Code));
            Assert.All(loaded.Problems, p => Assert.StartsWith("$", p.Path, StringComparison.Ordinal));
            var preview = DesignImporter.Preview("mutated.agentstudio.json", json);
            Assert.False(preview.Loaded, description);
            await Assert.ThrowsAsync<InvalidOperationException>(() => importer.SaveAsync(preview, TestContext.Current.CancellationToken));
        }

        Assert.Empty(await storage.Store.ListAsync(cancellationToken: TestContext.Current.CancellationToken));
        Assert.Empty(await storage.Store.ListAsync(deleted: true, cancellationToken: TestContext.Current.CancellationToken));
        // The generator must really exercise both outcomes, or this test proves little.
        Assert.True(refusedCount > MutationCount / 2, $"only {refusedCount} of {MutationCount} mutations were refused");
        Assert.True(loadedCount > 20, $"only {loadedCount} of {MutationCount} mutations loaded");
    }

    private static void AssertStillWorks(string description, DesignLoadResult loaded)
    {
        try
        {
            DesignValidator.Validate(loaded.Design!);
            var written = DesignSerializer.Write(loaded.Design!);
            var reloaded = DesignSerializer.Load(written);
            Assert.True(reloaded.Succeeded, $"{description}: a loaded design wrote a file that does not load: {string.Join("; ", reloaded.Problems)}");
            Assert.Equal(written, DesignSerializer.Write(reloaded.Design!));
        }
        catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
        {
            Assert.Fail($"{description}: {ex.GetType().Name}: {ex.Message}");
        }
    }
}
