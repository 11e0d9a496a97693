using System.Diagnostics;
using AgentStudio.Core.Serialization;
using AgentStudio.Core.Validation;
using AgentStudio.Designs;
using AgentStudio.Tests.Fakes;
using AgentStudio.Tests.Storage;

namespace AgentStudio.Tests.Core.Serialization;

/// <summary>Damaged files never crash anything, never reach the database, and never take long or say too much.</summary>
public sealed class DesignFuzzTests
{
    private const int MutationCount = 5_200;
    private const int Seed = 20261124;
    private const int MaxProblemTextPerCase = 64 * 1024;
    private static readonly TimeSpan MaxTimePerCase = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task EveryMutation_LoadsOrYieldsProblems_NeverThrows_IsBounded_AndNothingIsStored()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var storage = await StorageHarness.StartAsync();
        var importer = new DesignImporter(storage.Store);
        var loadedCount = 0;
        var refusedCount = 0;
        var timeByKind = new Dictionary<string, TimeSpan>();

        foreach (var (description, bytes) in DesignMutations.Generate(Samples.All(), MutationCount, Seed))
        {
            var watch = Stopwatch.StartNew();
            ImportPreview preview;
            try
            {
                // The browser import reads the bytes through the same method as the command line and the store.
                preview = await DesignImporter.PreviewAsync(new TextBrowserFile("mutated.agentstudio.json", bytes), cancellationToken);
            }
            catch (Exception ex)
            {
                Assert.Fail($"{description}: the import threw {ex.GetType().Name}: {ex.Message}");
                return;
            }

            Assert.True(TextLength(preview.Problems) < MaxProblemTextPerCase, $"{description}: {TextLength(preview.Problems)} characters of problems");
            Assert.All(preview.Problems, p => Assert.Matches(@"^AS\d{4}$", p.Code));
            Assert.All(preview.Problems, p => Assert.StartsWith("$", p.Path, StringComparison.Ordinal));
            if (preview.Loaded)
            {
                loadedCount++;
                AssertStillWorks(description, preview);
            }
            else
            {
                refusedCount++;
                AssertRefusedForTheRightReason(description, preview);
                await Assert.ThrowsAsync<InvalidOperationException>(() => importer.SaveAsync(preview, cancellationToken));
            }

            Assert.True(watch.Elapsed < MaxTimePerCase, $"{description}: took {watch.Elapsed}");
            var kind = description.Split(' ')[1];
            timeByKind[kind] = timeByKind.GetValueOrDefault(kind) + watch.Elapsed;
        }

        Assert.Empty(await storage.Store.ListAsync(cancellationToken: cancellationToken));
        Assert.Empty(await storage.Store.ListAsync(deleted: true, cancellationToken: cancellationToken));
        // The generator must really exercise both outcomes, or this test proves little.
        Assert.True(refusedCount > MutationCount / 2, $"only {refusedCount} of {MutationCount} mutations were refused");
        Assert.True(loadedCount > 20, $"only {loadedCount} of {MutationCount} mutations loaded");
        // Time is bounded per case above; a bound on the whole run would only measure how busy the machine is.
        TestContext.Current.TestOutputHelper?.WriteLine(
            $"Time by kind: {string.Join(", ", timeByKind.OrderByDescending(k => k.Value).Select(k => $"{k.Key} {k.Value.TotalSeconds:0.0}s"))}");
    }

    private static void AssertRefusedForTheRightReason(string description, ImportPreview preview)
    {
        Assert.True(preview.Problems.Any(p => p.IsError), $"{description}: refused without an error problem");
        var expected = description.Contains(" invalid-utf8 ", StringComparison.Ordinal) ? ProblemCodes.InvalidUtf8
            : description.Contains(" lone-surrogate-", StringComparison.Ordinal) ? ProblemCodes.LoneSurrogate
            : null;
        if (expected is not null)
        {
            Assert.True(preview.Problems.Any(p => p.Code == expected), $"{description}: expected {expected}, got {string.Join("; ", preview.Problems)}");
        }
    }

    private static void AssertStillWorks(string description, ImportPreview preview)
    {
        Assert.DoesNotContain(" lone-surrogate-", description, StringComparison.Ordinal);
        Assert.DoesNotContain(" invalid-utf8 ", description, StringComparison.Ordinal);
        try
        {
            var design = preview.Design!;
            // Every message is short, whatever the design holds; the preview already ran the validator.
            Assert.All(preview.Problems, p => Assert.InRange(p.Message.Length, 0, DesignProblemLimits.MaxMessageLength));
            var written = DesignSerializer.Write(design);
            var reloaded = DesignSerializer.Load(written);
            Assert.True(reloaded.Succeeded, $"{description}: a loaded design wrote a file that does not load: {string.Join("; ", reloaded.Problems)}");
            Assert.Equal(written, DesignSerializer.Write(reloaded.Design!));
            var stored = DesignSerializer.LoadStored(DesignSerializer.WriteCompact(design));
            Assert.True(stored.Succeeded, $"{description}: the stored form does not reopen: {string.Join("; ", stored.Problems)}");
            Assert.Equal(written, DesignSerializer.Write(stored.Design!));
        }
        catch (Exception ex) when (ex is not Xunit.Sdk.XunitException)
        {
            Assert.Fail($"{description}: {ex.GetType().Name}: {ex.Message}");
        }
    }

    private static int TextLength(IEnumerable<DesignProblem> problems) => problems.Sum(p => p.Message.Length + p.Path.Length);
}
