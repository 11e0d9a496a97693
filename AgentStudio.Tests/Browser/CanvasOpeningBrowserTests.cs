using AgentStudio.Tests.Support;
using static AgentStudio.Tests.Browser.BrowserFlows;

namespace AgentStudio.Tests.Browser;

/// <summary>
/// What opening a designer waits for: the canvas's script modules come with the page (modulepreload), so attaching the
/// canvas after the first interactive render fetches nothing.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class CanvasOpeningBrowserTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task DesignerLoadedDirectly_GetsEveryCanvasModuleFromThePagesPreloads()
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.GotoInteractiveAsync(page, "/designs");
        var id = await CreateDesignAsync(page, "customer-support", "Preloaded modules");

        // A fresh load of the designer's address, as from a bookmark: the page's own head is all the browser has.
        await page.GotoAsync($"/designs/{id}");
        await WaitForDesignerAsync(page, id);

        // Each module is fetched once, with the page's head: before Blazor opens its circuit. Without the preloads, the
        // canvas's import would fetch them after the first interactive render, one level of imports at a time.
        var fetched = await page.EvaluateAsync<FetchedModule[]>(
            """
            () => {
                const entries = performance.getEntriesByType('resource');
                const circuit = entries.find(e => new URL(e.name).pathname === '/_blazor/negotiate');
                return entries
                    .filter(e => new URL(e.name).pathname.startsWith('/js/diagram/'))
                    .map(e => ({ path: new URL(e.name).pathname, beforeCircuit: !!circuit && e.startTime < circuit.startTime }));
            }
            """);
        var modules = Directory.GetFiles(Path.Combine(RepositoryPaths.WebRoot, "js", "diagram"), "*.js")
            .Select(file => $"/js/diagram/{Path.GetFileName(file)}")
            .Order(StringComparer.Ordinal);
        Assert.Equal(modules, fetched.Select(module => module.Path).Order(StringComparer.Ordinal));
        Assert.All(fetched, module => Assert.True(module.BeforeCircuit, $"{module.Path} was fetched after the circuit opened"));
    }

    // Playwright fills the result in by property, so it needs a parameterless constructor.
    private sealed class FetchedModule
    {
        public string Path { get; init; } = "";

        public bool BeforeCircuit { get; init; }
    }
}
