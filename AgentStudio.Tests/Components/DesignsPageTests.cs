using AgentStudio.Core.Designs;
using AgentStudio.Core.Templates;
using AgentStudio.Tests.Fakes;
using Bunit;
using Microsoft.AspNetCore.Components.Forms;

namespace AgentStudio.Tests.Components;

public sealed class DesignsPageTests : IAsyncDisposable
{
    private readonly DesignsPageHarness _harness = new();

    [Fact]
    public async Task ListsStoredDesigns_AndFiltersBySearch()
    {
        await _harness.Store.CreateAsync(new DesignDocument { Name = "Customer support", Description = "Billing and tech" }, cancellationToken: Xunit.TestContext.Current.CancellationToken);
        await _harness.Store.CreateAsync(new DesignDocument { Name = "Research manager" }, cancellationToken: Xunit.TestContext.Current.CancellationToken);
        var (_, _, cut) = _harness.Render();

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("tbody tr").Count));
        Assert.Contains("Billing and tech", cut.Markup, StringComparison.Ordinal);

        cut.Find("[data-testid=search-designs]").Input("research");

        cut.WaitForAssertion(() => Assert.Equal(["Research manager"], cut.FindAll("tbody tr .design-name").Select(e => e.TextContent.Trim())));
    }

    [Fact]
    public void EmptyStore_ShowsTheEmptyState()
    {
        var (_, _, cut) = _harness.Render();

        cut.WaitForAssertion(() => Assert.Contains("No designs yet", cut.Find("[data-testid=designs-empty]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task CreateFromTemplate_StoresTheTemplateDesign()
    {
        var template = new DesignTemplate("demo", new DesignDocument
        {
            Name = "Demo template",
            Description = "Shown in the dialog",
            Entry = "a",
            Agents = [new AgentDefinition { Id = "a", Name = "AgentA" }],
        });
        await using var harness = new DesignsPageHarness([template]);
        var (dialogs, _, cut) = harness.Render();

        cut.Find("[data-testid=new-design]").Click();
        dialogs.WaitForElement("[data-testid=template-demo]").Click();
        dialogs.Find("[data-testid=create-design]").Click();

        cut.WaitForAssertion(() => Assert.Equal(["Demo template"], cut.FindAll("tbody tr .design-name").Select(e => e.TextContent.Trim())));
        var stored = (await harness.Store.ListAsync(cancellationToken: Xunit.TestContext.Current.CancellationToken)).Single();
        Assert.Equal(1, stored.AgentCount);
    }

    [Fact]
    public void ImportOfMalformedFile_ShowsProblemsWithLineAndColumn_AndStoresNothing()
    {
        var (dialogs, _, cut) = _harness.Render();

        ChooseFile(cut, "broken.agentstudio.json", "{ \"format\": \"agentstudio.design\",\n  \"version\": 1,, }");

        dialogs.WaitForAssertion(() => Assert.Contains("not valid JSON at line 2", dialogs.Find("[data-testid=import-problems]").TextContent, StringComparison.Ordinal));
        Assert.Contains("Nothing was saved", dialogs.Find("[data-testid=import-refused]").TextContent, StringComparison.Ordinal);
        Assert.Empty(dialogs.FindAll("[data-testid=import-confirm]"));
        Assert.Equal(0, _harness.Store.Count);
    }

    [Fact]
    public void ImportWithValidationErrors_SavesOnlyWhenTheUserConfirms()
    {
        var (dialogs, _, cut) = _harness.Render();
        var noEntry = AgentStudio.Core.Serialization.DesignSerializer.Write(new DesignDocument { Name = "Work in progress", Agents = [new AgentDefinition { Id = "a", Name = "A", Instructions = "x" }] });

        ChooseFile(cut, "wip.agentstudio.json", noEntry);

        dialogs.WaitForAssertion(() => Assert.Contains("AS0100", dialogs.Find("[data-testid=import-problems]").TextContent, StringComparison.Ordinal));
        Assert.Equal(0, _harness.Store.Count);
        dialogs.Find("[data-testid=import-confirm]").Click();
        cut.WaitForAssertion(() => Assert.Equal(1, _harness.Store.Count));
    }

    [Fact]
    public void ImportOfValidFile_SavesIt()
    {
        var (_, _, cut) = _harness.Render();
        var json = DesignTemplates.ReadJson("customer-support");

        cut.FindComponent<InputFile>().UploadFiles(InputFileContent.CreateFromText(json, "support.agentstudio.json"));

        cut.WaitForAssertion(() => Assert.Equal(["Customer support triage"], cut.FindAll("tbody tr .design-name").Select(e => e.TextContent.Trim())));
    }

    /// <summary>
    /// Picks a file in the page's import input without waiting for the handler: the handler awaits the
    /// report dialog, which only closes when the test clicks in it (bUnit's UploadFiles would block here).
    /// </summary>
    private static void ChooseFile(IRenderedComponent<AgentStudio.Components.Pages.Designs.DesignsPage> page, string name, string text)
    {
        var input = page.FindComponent<InputFile>();
        var args = new InputFileChangeEventArgs([new TextBrowserFile(name, text)]);
        _ = page.InvokeAsync(() => input.Instance.OnChange.InvokeAsync(args));
    }

    public ValueTask DisposeAsync() => _harness.DisposeAsync();
}
