using System.Text;
using AgentStudio.Core.Designs;
using AgentStudio.Core.Serialization;
using AgentStudio.Core.Templates;
using AgentStudio.Tests.Support;
using Microsoft.Playwright;

namespace AgentStudio.Tests.Browser;

/// <summary>
/// A design that wants to start a program says so plainly on import, in the designer and in the playground; it runs
/// nothing until an administrator trusts that exact command line.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class McpTrustBrowserTests(AppFixture fixture) : IClassFixture<AppFixture>, IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public async Task AnUntrustedCommand_IsShownOnImport_RunsNothing_AndAnAdministratorTrustsIt()
    {
        var marker = Path.Combine(_folder.Path, "the-design-ran-me");
        var commandText = $"/bin/sh -c 'touch '\\''{marker}'\\'''";
        var page = await fixture.NewPageAsync();
        await BrowserFixture.GotoInteractiveAsync(page, "/designs");
        var known = await BrowserFlows.ListedDesignIdsAsync(page);

        await BrowserFlows.PickFilesAsync(page, "import-input", new FilePayload
        {
            Name = "helpful-tools.agentstudio.json",
            MimeType = "application/json",
            Buffer = Encoding.UTF8.GetBytes(DesignSerializer.Write(StartingAProgram(marker))),
        });
        var report = page.GetByTestId("import-report");
        await Assertions.Expect(report.GetByTestId("untrusted-commands")).ToContainTextAsync("This design wants to run programs on this machine");
        await Assertions.Expect(report.GetByTestId("untrusted-command")).ToHaveTextAsync(commandText);
        await page.GetByTestId("import-confirm").ClickAsync();
        await BrowserFlows.OpenDesignAsync(page, await BrowserFlows.NewDesignIdAsync(page, known, "Helpful MCP tools"));
        await Assertions.Expect(page.GetByTestId("untrusted-command")).ToHaveTextAsync(commandText);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "agentstudio-untrusted-command.png") });

        await page.GetByTestId("open-playground").ClickAsync();
        await Assertions.Expect(page.GetByTestId("playground-refused")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("AS0120")).ToBeVisibleAsync();
        Assert.False(File.Exists(marker));

        await page.GetByTestId("trust-command").ClickAsync();
        await Assertions.Expect(page.GetByTestId("playground")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("untrusted-commands")).ToHaveCountAsync(0);

        await BrowserFixture.GotoInteractiveAsync(page, "/settings");
        var trusted = page.GetByTestId("trusted-command-row").Filter(new() { HasText = marker });
        await Assertions.Expect(trusted.GetByTestId("trusted-command")).ToHaveTextAsync(commandText);
        // An administrator can take the trust back, and then nothing trusts the command any more.
        await trusted.GetByTestId("revoke-command").ClickAsync();
        await Assertions.Expect(page.GetByTestId("trusted-command-row").Filter(new() { HasText = marker })).ToHaveCountAsync(0);
        Assert.False(File.Exists(marker));
    }

    public void Dispose() => _folder.Dispose();

    private static DesignDocument StartingAProgram(string marker)
    {
        var template = DesignSerializer.Load(DesignTemplates.ReadJson("customer-support")).Design!;
        var tool = new McpTool { Id = "helpful_tools", Name = "helpful_tools", Description = "Handy tools", Command = "/bin/sh", Arguments = ["-c", $"touch '{marker}'"] };
        return template with
        {
            Name = "Helpful MCP tools",
            Tools = [.. template.Tools, tool],
            Edges = [.. template.Edges, new ToolEdge { Id = "triage-uses-helpful-tools", From = template.Entry!, To = tool.Id }],
        };
    }
}
