using AgentStudio.Components.Pages.Designs;
using AgentStudio.Core.Templates;
using AgentStudio.Designs;
using AgentStudio.Storage;
using AgentStudio.Tests.Fakes;
using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace AgentStudio.Tests.Components;

/// <summary>The designs page rendered with MudBlazor's providers over an in-memory store.</summary>
internal sealed class DesignsPageHarness : IAsyncDisposable
{
    public DesignsPageHarness(IReadOnlyList<DesignTemplate>? templates = null)
    {
        Context.JSInterop.Mode = JSRuntimeMode.Loose;
        Context.Services.AddMudServices();
        Context.Services.AddSingleton<IDesignStore>(Store);
        Context.Services.AddSingleton(TimeProvider.System);
        Context.Services.AddSingleton<IDesignTemplateCatalog>(new FixedCatalog(templates ?? DesignTemplates.All));
        Context.Services.AddSingleton<DesignImporter>();
        Context.Services.AddSingleton(new AgentStudio.Settings.TrustedMcpCommandStore(
            Microsoft.Extensions.Options.Options.Create(new StorageOptions { DataFolder = _dataFolder.Path }), TimeProvider.System,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<AgentStudio.Settings.TrustedMcpCommandStore>.Instance));
        var authorization = Context.AddAuthorization();
        authorization.SetAuthorized("local administrator");
        authorization.SetPolicies(AgentStudio.Security.SecurityPolicies.Administrator);
    }

    private readonly AgentStudio.Tests.Support.TemporaryFolder _dataFolder = new();

    public BunitContext Context { get; } = new();

    public InMemoryDesignStore Store { get; } = new();

    /// <summary>Renders the providers (where dialogs, menus and snackbars appear) and the page.</summary>
    public (IRenderedComponent<MudDialogProvider> Dialogs, IRenderedComponent<MudSnackbarProvider> Snackbar, IRenderedComponent<DesignsPage> Page) Render()
    {
        Context.Render<MudPopoverProvider>();
        var dialogs = Context.Render<MudDialogProvider>();
        var snackbar = Context.Render<MudSnackbarProvider>();
        var page = Context.Render<DesignsPage>();
        return (dialogs, snackbar, page);
    }

    // MudBlazor's services are only IAsyncDisposable, so the container must be disposed asynchronously.
    public async ValueTask DisposeAsync()
    {
        await Context.DisposeAsync();
        _dataFolder.Dispose();
    }

    private sealed class FixedCatalog(IReadOnlyList<DesignTemplate> templates) : IDesignTemplateCatalog
    {
        public IReadOnlyList<DesignTemplate> Templates => templates;
    }
}
