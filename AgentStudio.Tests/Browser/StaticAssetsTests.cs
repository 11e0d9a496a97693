using System.Net;
using System.Text.RegularExpressions;
using AgentStudio.Tests.Support;

namespace AgentStudio.Tests.Browser;

/// <summary>The repository-root wwwroot is served both by the built app (dotnet run) and by a published one.</summary>
[Collection(BrowserCollection.Name)]
public sealed class StaticAssetsTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    [Fact]
    public async Task BuiltApp_ServesRootWwwrootFiles()
    {
        using var http = new HttpClient { BaseAddress = fixture.BaseAddress };

        var css = await http.GetAsync("/app.css", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Equal(await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.WebRoot, "app.css"), TestContext.Current.CancellationToken),
            await css.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task BuiltApp_LinksAndServesTheComponentStylesBundle()
    {
        using var http = new HttpClient { BaseAddress = fixture.BaseAddress };

        await AssertServesComponentStylesAsync(http, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task DesignFormatSchema_IsServedAsJson()
    {
        using var http = new HttpClient { BaseAddress = fixture.BaseAddress };

        var schema = await http.GetAsync("/schemas/agentstudio.design.v1.schema.json", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, schema.StatusCode);
        Assert.Equal("application/json", schema.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"agentstudio.design\"", await schema.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PublishedApp_ServesRootWwwrootFiles()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var publishFolder = new TemporaryFolder("agentstudio-publish");
        // --no-build publishes the outputs this test run already built, so it never rewrites files a running app uses.
        await DotnetCli.RunAsync(["publish", RepositoryPaths.AppProject, "-c", RepositoryPaths.Configuration, "--no-build", "-o", publishFolder.Path, "--nologo"], cancellationToken);
        Assert.True(File.Exists(Path.Combine(publishFolder.Path, "wwwroot", "app.css")), "publish did not copy the root wwwroot into the output's wwwroot");

        await using var app = await AppProcess.StartPublishedAsync(publishFolder.Path, cancellationToken);
        using var http = new HttpClient { BaseAddress = app.BaseAddress };
        var css = await http.GetAsync("/app.css", cancellationToken);

        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
        Assert.Contains("<html", await http.GetStringAsync("/", cancellationToken), StringComparison.Ordinal);
        await AssertServesComponentStylesAsync(http, cancellationToken);
        await AssertPreloadsTheCanvasModulesAsync(http, cancellationToken);
    }

    [Fact]
    public async Task BuiltApp_PreloadsEveryCanvasModule()
    {
        using var http = new HttpClient { BaseAddress = fixture.BaseAddress };

        await AssertPreloadsTheCanvasModulesAsync(http, TestContext.Current.CancellationToken);
    }

    // Each component's .razor.css reaches the browser only through the AgentStudio.styles.css bundle that App.razor links:
    // the page must link it, and the linked file must hold a component's rule with its scope attribute.
    private static async Task AssertServesComponentStylesAsync(HttpClient http, CancellationToken cancellationToken)
    {
        var page = await http.GetStringAsync("/", cancellationToken);
        var link = Regex.Match(page, "<link rel=\"stylesheet\" href=\"(?<href>AgentStudio\\.[^\"]*styles\\.css)\"");
        Assert.True(link.Success, "the page does not link the AgentStudio.styles.css bundle");

        var bundle = await http.GetAsync(link.Groups["href"].Value, cancellationToken);

        Assert.Equal(HttpStatusCode.OK, bundle.StatusCode);
        Assert.Equal("text/css", bundle.Content.Headers.ContentType?.MediaType);
        Assert.Matches(@"\.diagram-node\[b-[a-z0-9]+\]", await bundle.Content.ReadAsStringAsync(cancellationToken));
    }

    // The page's head lists each module of js/diagram/ (DiagramModulePreloads) at the address the canvas imports it
    // from, and each is served as a script: a preload of a missing or renamed file would cost a request for nothing.
    private static async Task AssertPreloadsTheCanvasModulesAsync(HttpClient http, CancellationToken cancellationToken)
    {
        var page = await http.GetStringAsync("/", cancellationToken);
        var preloaded = Regex.Matches(page, "<link rel=\"modulepreload\" href=\"(?<href>[^\"]*)\"").Select(m => m.Groups["href"].Value).ToList();
        var modules = Directory.GetFiles(Path.Combine(RepositoryPaths.WebRoot, "js", "diagram"), "*.js").Select(file => $"js/diagram/{Path.GetFileName(file)}");

        Assert.Equal(modules.Order(StringComparer.Ordinal), preloaded.Order(StringComparer.Ordinal));
        foreach (var module in preloaded)
        {
            var response = await http.GetAsync(module, cancellationToken);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        }
    }
}
