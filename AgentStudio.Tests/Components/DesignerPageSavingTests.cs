using AgentStudio.Components.Pages.Designer;
using AgentStudio.Core.Templates;
using AgentStudio.Designer;
using AgentStudio.Designs;
using AgentStudio.Storage;
using AgentStudio.Tests.Fakes;
using AgentStudio.Tests.Support;
using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;
using MudBlazor.Services;

namespace AgentStudio.Tests.Components;

/// <summary>
/// What the designer tells about its saves: "Saved" only once the store holds the change, the store's refusal in
/// words when a save fails, and the Publish snackbar only for a revision that was really saved and published.
/// </summary>
public sealed class DesignerPageSavingTests : IAsyncDisposable
{
    private readonly FakeTimeProvider _clock = TestClock.New();
    private readonly InMemoryDesignStore _store;
    private readonly FailingDesignStore _failing;
    private readonly TemporaryFolder _dataFolder = new();
    private readonly BunitContext _context = new();

    public DesignerPageSavingTests()
    {
        _store = new InMemoryDesignStore(_clock);
        _failing = new FailingDesignStore(_store);
        _context.JSInterop.Mode = JSRuntimeMode.Loose;
        _context.JSInterop.AnswerCanvasOpen();
        _context.Services.AddMudServices();
        _context.Services.AddSingleton<IDesignStore>(_failing);
        _context.Services.AddSingleton<TimeProvider>(_clock);
        _context.Services.AddSingleton(new DesignerHandoff(_clock));
        _context.Services.AddSingleton(new AgentStudio.Core.Exporting.CodeExporter(AgentStudio.Core.Exporting.CodeGenerators.All));
        _context.Services.AddSingleton(new AgentStudio.Settings.TrustedMcpCommandStore(
            Microsoft.Extensions.Options.Options.Create(new StorageOptions { DataFolder = _dataFolder.Path }), _clock,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<AgentStudio.Settings.TrustedMcpCommandStore>.Instance));
        var authorization = _context.AddAuthorization();
        authorization.SetAuthorized("local administrator");
        authorization.SetPolicies(AgentStudio.Security.SecurityPolicies.Administrator);
        _context.AddBunitPersistentComponentState();
        _context.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
    }

    private static CancellationToken Cancel => Xunit.TestContext.Current.CancellationToken;

    // A template with no validation errors, so that it can be published.
    private async Task<Guid> CreateAsync()
    {
        var template = DesignTemplates.All.Single(t => t.Id == "customer-support");
        return (await _store.CreateAsync(template.Design with { Name = "Saved support" }, cancellationToken: Cancel)).Id;
    }

    private (IRenderedComponent<MudSnackbarProvider> Snackbar, IRenderedComponent<DesignerPage> Page) Render(Guid id)
    {
        _context.Render<MudPopoverProvider>();
        _context.Render<MudDialogProvider>();
        var snackbar = _context.Render<MudSnackbarProvider>();
        var page = _context.Render<DesignerPage>(p => p.Add(x => x.Id, id));
        page.WaitForElement("[data-testid=save-status]");
        return (snackbar, page);
    }

    // Renames the design in the title, as a user does: one undoable edit, handed to the autosave.
    private static void Rename(IRenderedComponent<DesignerPage> page, string name)
    {
        page.Find("[data-testid=designer-name]").Click();
        page.Find("[data-testid=designer-name-input]").Input(name);
        page.Find("[data-testid=designer-name-input]").KeyDown(new KeyboardEventArgs { Key = "Enter" });
    }

    private static void ExpectStatus(IRenderedComponent<DesignerPage> page, string state, string text, string color) =>
        page.WaitForAssertion(() =>
        {
            var chip = page.Find("[data-testid=save-status]");
            Assert.Equal(state, chip.GetAttribute("data-state"));
            Assert.Equal(text, chip.TextContent.Trim());
            Assert.Contains($"mud-chip-color-{color}", chip.ClassName, StringComparison.Ordinal);
        });

    private async Task<StoredDesign> StoredAsync(Guid id) => (await _store.GetAsync(id, Cancel))!;

    [Fact]
    public async Task AnEdit_SaysSavedOnlyOnceStored_AndAFailedSave_SaysWhyInRed_UntilItsRetrySaves()
    {
        var id = await CreateAsync();
        var (_, page) = Render(id);
        ExpectStatus(page, "saved", "Saved · revision 1", "success");

        Rename(page, "Renamed support");

        // Not stored yet: the page must not claim it is.
        ExpectStatus(page, "pending", "Unsaved changes", "default");
        Assert.Equal(1, (await StoredAsync(id)).Revision);
        _clock.Advance(DesignAutosave.Debounce);
        ExpectStatus(page, "saved", "Saved · revision 2", "success");
        Assert.Equal("Renamed support", (await StoredAsync(id)).Document.Name);

        // The store refuses the next save: the page says so, in the store's words, and keeps the change.
        _failing.FailNextSaves(1);
        Rename(page, "Refused support");
        _clock.Advance(DesignAutosave.Debounce);
        ExpectStatus(page, "failed", "Not saved: disk I/O error. Retrying in 1 s.", "error");
        Assert.Equal(2, (await StoredAsync(id)).Revision);
        Assert.Equal("Renamed support", (await StoredAsync(id)).Document.Name);

        // Its retry stores it, and only then does the page say "Saved" again.
        _clock.Advance(DesignAutosave.FirstRetry);
        ExpectStatus(page, "saved", "Saved · revision 3", "success");
        Assert.Equal("Refused support", (await StoredAsync(id)).Document.Name);
    }

    [Fact]
    public async Task AnEditTheStoreRefuses_AsAnotherTabSavedFirst_SaysSoInRed_AndNeverSaysSaved()
    {
        var id = await CreateAsync();
        var (_, page) = Render(id);
        // Another tab saves first: this page's edit is based on a revision that is no longer the latest.
        var theirs = await StoredAsync(id);
        await _store.SaveAsync(id, theirs.Revision, theirs.Document with { Name = "Their support" }, cancellationToken: Cancel);

        Rename(page, "My support");
        _clock.Advance(DesignAutosave.Debounce);

        ExpectStatus(page, "conflict", "Not saved: conflict", "error");
        page.WaitForAssertion(() => Assert.Contains("nothing was overwritten", page.Find("[data-testid=save-conflict]").TextContent, StringComparison.Ordinal));
        Assert.Equal("Their support", (await StoredAsync(id)).Document.Name);
        Assert.Equal(2, (await StoredAsync(id)).Revision);
    }

    [Fact]
    public async Task Publish_WhoseSaveFails_ShowsTheRefusal_AndOnlyAStoredRevisionIsAnnouncedAsPublished()
    {
        var id = await CreateAsync();
        var (snackbar, page) = Render(id);
        Rename(page, "Published support");
        _failing.FailNextSaves(1);

        await page.Find("[data-testid=publish]").ClickAsync(new MouseEventArgs());

        snackbar.WaitForAssertion(() =>
            Assert.Contains("Not published: the latest change is not saved (Not saved: disk I/O error. Retrying in 1 s.)", snackbar.Markup, StringComparison.Ordinal));
        Assert.DoesNotContain("Published revision", snackbar.Markup, StringComparison.Ordinal);
        Assert.Contains("mud-alert-filled-warning", snackbar.Markup, StringComparison.Ordinal);
        ExpectStatus(page, "failed", "Not saved: disk I/O error. Retrying in 1 s.", "error");
        Assert.Equal("Not published", page.Find("[data-testid=publish-status]").TextContent.Trim());
        Assert.Null((await StoredAsync(id)).PublishedRevision);

        _clock.Advance(DesignAutosave.FirstRetry);
        ExpectStatus(page, "saved", "Saved · revision 2", "success");
        await page.Find("[data-testid=publish]").ClickAsync(new MouseEventArgs());

        snackbar.WaitForAssertion(() => Assert.Contains("Published revision 2: API calls to saved-support run it", snackbar.Markup, StringComparison.Ordinal));
        page.WaitForAssertion(() => Assert.Equal("Published · revision 2", page.Find("[data-testid=publish-status]").TextContent.Trim()));
        Assert.Equal(2, (await StoredAsync(id)).PublishedRevision);
    }

    public async ValueTask DisposeAsync()
    {
        await _context.DisposeAsync();
        _dataFolder.Dispose();
    }
}
