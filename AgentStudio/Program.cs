using AgentStudio.Api;
using AgentStudio.Api.OpenAi;
using AgentStudio.ApiReference;
using AgentStudio.Cli;
using AgentStudio.Components;
using AgentStudio.Designs;
using AgentStudio.Endpoints;
using AgentStudio.Playground;
using AgentStudio.Running;
using AgentStudio.Security;
using AgentStudio.Storage;
using MudBlazor.Services;

namespace AgentStudio;

/// <summary>Starts the web app, or runs a command-line verb when the first argument names one.</summary>
public static class Program
{
    /// <summary>The entry point.</summary>
    public static async Task<int> Main(string[] args)
    {
        if (CliApp.IsCliInvocation(args))
        {
            return await CliApp.RunAsync(args, Console.Out, Console.Error);
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContentRoot.For(args) });
        builder.Services.AddRazorComponents().AddInteractiveServerComponents().AddLargeTextMessages();
        builder.Services.AddMudServices(options => AgentStudio.Components.Layout.AppSnackbars.Configure(options.SnackbarConfiguration));
        builder.Services.AddAgentStudioStorage(builder.Configuration);
        builder.Services.AddAgentStudioDesigns();
        builder.Services.AddAgentStudioEngine(builder.Configuration);
        builder.Services.AddAgentStudioPlayground();
        builder.Services.AddAgentStudioSecurity(builder.Configuration);
        builder.Services.AddAgentStudioApiReference();
        builder.Services.AddAgentStudioApi(builder.Configuration);

        var app = builder.Build();
        await app.Services.MigrateAgentStudioDatabaseAsync();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
        }

        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseAgentStudioSecurity();
        app.UseAntiforgery();
        app.MapStaticAssets().AllowAnonymous();
        app.MapAgentStudioAccount();
        app.MapDesignExport();
        app.MapCodeExport();
        app.MapRunExport();
        app.MapAgentStudioApiReference();
        app.MapRunApi();
        app.MapOpenAiEndpoints();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

        await app.RunAsync();
        return 0;
    }
}
