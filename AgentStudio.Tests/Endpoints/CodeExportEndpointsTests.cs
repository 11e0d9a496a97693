using System.IO.Compression;
using System.Net;
using System.Text;
using AgentStudio.Core.Designs;
using AgentStudio.Core.Exporting;
using AgentStudio.Endpoints;
using AgentStudio.Storage;
using AgentStudio.Tests.Cli;
using AgentStudio.Tests.Fakes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AgentStudio.Tests.Endpoints;

/// <summary><c>GET /designs/{id}/code/{target}.zip</c> on a small server with the endpoint, a store in memory and test generators.</summary>
public sealed class CodeExportEndpointsTests : IAsyncDisposable
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private readonly InMemoryDesignStore _store = new();
    private WebApplication? _app;

    [Fact]
    public async Task Zip_HoldsTheExportsFiles_InItsOrder_ForTheCurrentRevision()
    {
        var stored = await _store.CreateAsync(ExportCommandTests.ValidDesign(), cancellationToken: Cancel);
        stored = await _store.SaveAsync(stored.Id, stored.Revision, stored.Document with { Name = "Two agents, renamed" }, cancellationToken: Cancel);
        using var http = await StartAsync(FakeCodeGenerator.Exporter());

        using var response = await http.GetAsync($"/designs/{stored.Id}/code/typescript.zip", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("two-agents-renamed-typescript.zip", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var entries = await ReadZipAsync(response);
        var expected = FakeCodeGenerator.FilesOf(stored.Document, stored.Revision);
        Assert.Equal(expected.Select(f => f.Path), entries.Keys);
        Assert.Equal(expected.Select(f => f.Content), entries.Values);
        Assert.Contains("revision 2", entries["src/main.py"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Zip_OfAnEarlierRevision_WhenAsked()
    {
        var first = await _store.CreateAsync(ExportCommandTests.ValidDesign(), cancellationToken: Cancel);
        await _store.SaveAsync(first.Id, first.Revision, first.Document with { Name = "Later" }, cancellationToken: Cancel);
        using var http = await StartAsync(FakeCodeGenerator.Exporter());

        using var response = await http.GetAsync($"/designs/{first.Id}/code/python.zip?revision=1", Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("# Two agents\n", (await ReadZipAsync(response))["README.md"]);
    }

    [Fact]
    public async Task Zip_IsTheSameBytes_EachTime()
    {
        var stored = await _store.CreateAsync(ExportCommandTests.ValidDesign(), cancellationToken: Cancel);
        using var http = await StartAsync(FakeCodeGenerator.Exporter());

        var first = await http.GetByteArrayAsync($"/designs/{stored.Id}/code/csharp.zip", Cancel);
        var second = await http.GetByteArrayAsync($"/designs/{stored.Id}/code/csharp.zip", Cancel);

        Assert.Equal(first, second);
    }

    [Theory]
    [InlineData("python", false)]
    [InlineData("cobol", true)]
    public async Task Zip_UnknownDesignOrTarget_Is404(string target, bool designExists)
    {
        var id = designExists ? (await _store.CreateAsync(ExportCommandTests.ValidDesign(), cancellationToken: Cancel)).Id : Guid.NewGuid();
        using var http = await StartAsync(FakeCodeGenerator.Exporter());

        using var response = await http.GetAsync($"/designs/{id}/code/{target}.zip", Cancel);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Zip_OfADesignATargetRefuses_Is422_WithTheCliMessages()
    {
        var stored = await _store.CreateAsync(ExportCommandTests.ValidDesign(), cancellationToken: Cancel);
        using var http = await StartAsync(FakeCodeGenerator.Exporter(refusedAgentIds: "billing"));

        using var response = await http.GetAsync($"/designs/{stored.Id}/code/python.zip", Cancel);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains($"  BillingAgent: {FakeCodeGenerator.RefusalMessage}", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    private async Task<HttpClient> StartAsync(CodeExporter exporter)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IDesignStore>(_store);
        builder.Services.AddSingleton(exporter);
        _app = builder.Build();
        _app.MapCodeExport();
        await _app.StartAsync(Cancel);
        var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new HttpClient { BaseAddress = new Uri(address) };
    }

    private static async Task<Dictionary<string, string>> ReadZipAsync(HttpResponseMessage response)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(Cancel);
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
            entries.Add(entry.FullName, await reader.ReadToEndAsync(Cancel));
        }

        return entries;
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }
}
