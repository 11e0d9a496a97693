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

    [Fact]
    public async Task NoSiblingRuleOfThePagesStylesheets_CanSelectANode()
    {
        var page = await fixture.NewPageAsync();
        await BrowserFixture.GotoInteractiveAsync(page, "/designs");
        var id = await CreateDesignAsync(page, "customer-support", "Sibling rules");
        await OpenDesignAsync(page, id);

        // The nodes are siblings: for a rule "A ~ B" the browser checks every earlier sibling of each element that B
        // selects, which for a node is every node before it (0.6 s of style recalculation at 2,000 nodes, when they were
        // divs and MudBlazor has ".mud-drawer... ~ div" rules). So no sibling rule's last part may select a node.
        var rules = await DesignerCanvas(page).Locator(".diagram-node").First.EvaluateAsync<string[]>(
            """
            node => {
                const found = [];
                const visit = rules => {
                    for (const rule of rules) {
                        if (rule.cssRules) visit(rule.cssRules);
                        if (!rule.selectorText) continue;
                        for (const selector of rule.selectorText.split(',')) {
                            const parts = selector.trim().split(/\s*[~+]\s*/);
                            if (parts.length < 2) continue;
                            const last = parts[parts.length - 1].split(/\s*[\s>]\s*/).pop();
                            try { if (last && node.matches(last)) found.push(selector.trim()); } catch { /* a pseudo-element part */ }
                        }
                    }
                };
                for (const sheet of document.styleSheets) visit(sheet.cssRules);
                return found;
            }
            """);
        Assert.Empty(rules);
    }

    // Playwright fills the result in by property, so it needs a parameterless constructor.
    private sealed class FetchedModule
    {
        public string Path { get; init; } = "";

        public bool BeforeCircuit { get; init; }
    }
}
