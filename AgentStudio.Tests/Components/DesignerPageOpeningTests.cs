using AgentStudio.Components.Pages.Designer;
using AgentStudio.Core.Designs;
using AgentStudio.Designer;
using AgentStudio.Storage;
using AgentStudio.Tests.Fakes;
using AgentStudio.Tests.Support;
using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace AgentStudio.Tests.Components;

/// <summary>
/// A designer page loaded in full is rendered twice, prerendered and then on its circuit; the design is read and
/// validated once, by the prerender, which hands it to the circuit through the page's persisted state.
/// </summary>
public sealed class DesignerPageOpeningTests : IAsyncDisposable
{
    // The page's persisted-state key (DesignerPage.HandoffStateKey).
    private const string HandoffKey = "designer-handoff";
    private readonly InMemoryDesignStore _store = new();
    private readonly DesignerHandoff _handoff = new(TimeProvider.System);
    private readonly TemporaryFolder _dataFolder = new();
    private readonly List<BunitContext> _contexts = [];

    private static CancellationToken Cancel => Xunit.TestContext.Current.CancellationToken;

    // A renderer of its own per render, as the prerender and the circuit each have, over one store and one handoff.
    private (BunitContext Context, BunitPersistentComponentState State) NewRenderer(bool interactive)
    {
        var context = new BunitContext();
        _contexts.Add(context);
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.JSInterop.AnswerCanvasOpen();
        context.Services.AddMudServices();
        context.Services.AddSingleton<IDesignStore>(_store);
        context.Services.AddSingleton(TimeProvider.System);
        context.Services.AddSingleton(_handoff);
        context.Services.AddSingleton(new AgentStudio.Core.Exporting.CodeExporter(AgentStudio.Core.Exporting.CodeGenerators.All));
        context.Services.AddSingleton(new AgentStudio.Settings.TrustedMcpCommandStore(
            Microsoft.Extensions.Options.Options.Create(new StorageOptions { DataFolder = _dataFolder.Path }), TimeProvider.System,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<AgentStudio.Settings.TrustedMcpCommandStore>.Instance));
        var authorization = context.AddAuthorization();
        authorization.SetAuthorized("local administrator");
        authorization.SetPolicies(AgentStudio.Security.SecurityPolicies.Administrator);
        // Registered before the renderer info is set: setting it builds the service provider.
        var state = context.AddBunitPersistentComponentState();
        context.SetRendererInfo(new RendererInfo(interactive ? "Server" : "Static", interactive));
        return (context, state);
    }

    private async Task<Guid> CreateAsync()
    {
        var design = new DesignDocument
        {
            Name = "Opened once",
            Entry = "a",
            Agents = [new AgentDefinition { Id = "a", Name = "Triage", Model = "gpt-4o-mini" }],
            Layout = new Dictionary<string, CanvasPosition> { ["a"] = new(40, 40) },
        };
        return (await _store.CreateAsync(design, cancellationToken: Cancel)).Id;
    }

    private static IRenderedComponent<DesignerPage> Open(BunitContext context, Guid id)
    {
        var page = context.Render<DesignerPage>(p => p.Add(x => x.Id, id));
        page.WaitForElement("[data-testid=node-a]");
        return page;
    }

    [Fact]
    public async Task PrerenderThenCircuit_ReadsTheDesignOnce_AndTheCircuitShowsItWithItsProblems()
    {
        var id = await CreateAsync();
        var (prerender, _) = NewRenderer(interactive: false);
        Open(prerender, id);
        var key = PageStateHandover.Read<string>(await PageStateHandover.PersistAsync(prerender), HandoffKey);
        Assert.NotNull(key);

        var (circuit, circuitState) = NewRenderer(interactive: true);
        circuitState.Persist(HandoffKey, key);
        var page = Open(circuit, id);

        Assert.Equal(1, _store.Reads);
        Assert.Contains("Triage", page.Find("[data-testid=node-a]").TextContent, StringComparison.Ordinal);
        Assert.Contains("has-problem", page.Find("[data-testid=node-a]").ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACircuitWithoutAHandoff_ReadsTheDesignItself_AndPersistsNothingWhenPaused()
    {
        var id = await CreateAsync();
        var (circuit, circuitState) = NewRenderer(interactive: true);
        circuitState.Persist(HandoffKey, "a key nobody offered");

        Open(circuit, id);
        var persisted = await PageStateHandover.PersistAsync(circuit);

        Assert.Equal(1, _store.Reads);
        Assert.Null(PageStateHandover.Read<string>(persisted, HandoffKey));
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var context in _contexts)
        {
            await context.DisposeAsync();
        }

        _dataFolder.Dispose();
    }
}
