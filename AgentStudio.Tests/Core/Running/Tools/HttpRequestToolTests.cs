using System.Net;
using System.Text.Json;
using AgentStudio.Core.Designs;
using AgentStudio.Core.Running.Tools;
using static AgentStudio.Tests.Core.Running.Tools.ToolTest;

namespace AgentStudio.Tests.Core.Running.Tools;

public sealed class HttpRequestToolTests
{
    private static readonly FakeSecrets Secrets = new(("API_KEY", "k/1 z"), ("API_TOKEN", "tok-123"));

    [Fact]
    public async Task FillsMethodUrlHeadersAndBody()
    {
        await using var server = new LocalHttpServer(_ => new ServerReply(201, "created"));
        var tool = new HttpRequestTool(new HttpTool
        {
            Id = "create",
            Name = "create_item",
            Description = "Creates an item.",
            Parameters = Args("""{"type":"object","properties":{"id":{"type":"string"}}}"""),
            Method = "{{verb}}",
            Url = server.BaseUrl + "items/{{id}}?q={{query}}&key=${secret:API_KEY}",
            Headers = new Dictionary<string, string>
            {
                ["Authorization"] = "Bearer ${secret:API_TOKEN}",
                ["X-Trace"] = "{{trace}}",
                ["Content-Type"] = "application/vnd.items+json",
            },
            Body = """{"name":"{{name}}","count":{{count}},"tags":{{tags}}}""",
        });

        var output = await InvokeAsync(
            tool,
            """{"verb":"put","id":"a b/c","query":"x&y=1","trace":"t-1","name":"Widget","count":3,"tags":["a"]}""",
            LocalServices(Secrets));

        Assert.Equal("created", output);
        var received = Assert.Single(server.Received);
        Assert.Equal("PUT", received.Method);
        Assert.Equal("/items/a%20b%2Fc?q=x%26y%3D1&key=k%2F1%20z", received.RawUrl);
        Assert.Equal("Bearer tok-123", received.Header("Authorization"));
        Assert.Equal("t-1", received.Header("X-Trace"));
        Assert.Equal("application/vnd.items+json", received.Header("Content-Type"));
        Assert.Equal("""{"name":"Widget","count":3,"tags":["a"]}""", received.Body);
        Assert.Equal(("create_item", "Creates an item."), (tool.Name, tool.Description));
        Assert.Equal("""{"type":"object","properties":{"id":{"type":"string"}}}""", tool.ParametersSchema.GetRawText());
    }

    [Fact]
    public async Task DefaultsToGetAndGuessesJsonBodies()
    {
        await using var server = new LocalHttpServer(_ => new ServerReply(200, "ok"));
        var get = new HttpRequestTool(new HttpTool { Id = "g", Name = "g", Url = server.BaseUrl + "a" });
        var post = new HttpRequestTool(new HttpTool { Id = "p", Name = "p", Method = "POST", Url = server.BaseUrl + "b", Body = """{"x":{{x}}}""" });
        var text = new HttpRequestTool(new HttpTool { Id = "t", Name = "t", Method = "POST", Url = server.BaseUrl + "c", Body = "x={{x}}" });

        await InvokeAsync(get, "{}", LocalServices());
        await InvokeAsync(post, """{"x":1}""", LocalServices());
        await InvokeAsync(text, """{"x":1}""", LocalServices());

        var received = server.Received.ToArray();
        Assert.Equal(("GET", "/a", ""), (received[0].Method, received[0].RawUrl, received[0].Body));
        Assert.Equal(("POST", "application/json; charset=utf-8", """{"x":1}"""), (received[1].Method, received[1].Header("Content-Type"), received[1].Body));
        Assert.Equal(("text/plain; charset=utf-8", "x=1"), (received[2].Header("Content-Type"), received[2].Body));
        Assert.Equal("""{"type":"object","properties":{}}""", get.ParametersSchema.GetRawText());
    }

    [Fact]
    public async Task MasksSecretsTheServerEchoes()
    {
        await using var server = new LocalHttpServer(request => new ServerReply(
            request.RawUrl.StartsWith("/fail", StringComparison.Ordinal) ? 401 : 200,
            $"auth={request.Header("Authorization")} url={request.RawUrl} key={WebUtility.UrlDecode(request.RawUrl.Split("key=")[1])}"));
        var tool = new HttpRequestTool(new HttpTool
        {
            Id = "echo",
            Name = "echo",
            Url = server.BaseUrl + "{{path}}?key=${secret:API_KEY}",
            Headers = new Dictionary<string, string> { ["Authorization"] = "Bearer ${secret:API_TOKEN}" },
        });

        Assert.Equal("auth=Bearer *** url=/ok?key=*** key=***", await InvokeAsync(tool, """{"path":"ok"}""", LocalServices(Secrets)));
        Assert.Equal("HTTP 401\nauth=Bearer *** url=/fail?key=*** key=***", await InvokeAsync(tool, """{"path":"fail"}""", LocalServices(Secrets)));
    }

    [Fact]
    public async Task AnArgumentCannotPullInASecret()
    {
        await using var server = new LocalHttpServer(request => new ServerReply(200, request.Body));
        var tool = new HttpRequestTool(new HttpTool { Id = "s", Name = "s", Method = "POST", Url = server.BaseUrl, Body = "note={{note}}" });
        var secrets = new FakeSecrets(("API_TOKEN", "tok-123"));

        Assert.Equal("note=${secret:API_TOKEN}", await InvokeAsync(tool, """{"note":"${secret:API_TOKEN}"}""", LocalServices(secrets)));
        Assert.Empty(secrets.Asked);
    }

    [Fact]
    public async Task AMissingSecretSaysWhereToSetIt()
    {
        var tool = new HttpRequestTool(new HttpTool
        {
            Id = "m",
            Name = "m",
            Url = "https://api.example.com/",
            Headers = new Dictionary<string, string> { ["X-Api-Key"] = "${secret:WEATHER_KEY}" },
        });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => InvokeAsync(tool, "{}", LocalServices(Secrets)));
        Assert.Equal("Secret WEATHER_KEY is not configured: add it in Settings → Secrets (or AgentStudio:Secrets:WEATHER_KEY in the app's configuration), with the hosts it may be sent to.", error.Message);
    }

    [Fact]
    public async Task RefusalsDoNotShowSecrets()
    {
        var tool = new HttpRequestTool(new HttpTool { Id = "r", Name = "lookup", Url = "http://127.0.0.1:9/?token=${secret:API_TOKEN}" });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => InvokeAsync(tool, "{}", new ToolServices { Secrets = Secrets }));

        Assert.Equal("lookup refuses http://127.0.0.1:9/?token=***: 127.0.0.1 is a loopback address; set AgentStudio:Tools:AllowPrivateNetworks to allow it.", error.Message);
    }

    [Fact]
    public async Task TimeoutsDoNotShowSecrets()
    {
        await using var server = new LocalHttpServer(async (_, stop) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(10), stop);
            return new ServerReply(200, "too late");
        });
        var tool = new HttpRequestTool(new HttpTool { Id = "slow", Name = "slow", Url = server.BaseUrl + "?token=${secret:API_TOKEN}" });

        var error = await Assert.ThrowsAsync<TimeoutException>(() => InvokeAsync(tool, "{}", LocalServices(Secrets, timeoutMs: 200)));

        Assert.Equal($"slow timed out after 200 ms waiting for {server.BaseUrl}?token=***; AgentStudio:Tools:Timeout sets the limit.", error.Message);
        for (Exception? inner = error; inner is not null; inner = inner.InnerException)
        {
            Assert.DoesNotContain("tok-123", inner.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task CutsOffLargeBodies()
    {
        await using var server = new LocalHttpServer(_ => new ServerReply(500, new string('x', 100)));
        var tool = new HttpRequestTool(new HttpTool { Id = "big", Name = "big", Url = server.BaseUrl });

        Assert.Equal("HTTP 500\n" + new string('x', 64) + "\n[truncated after 64 bytes]", await InvokeAsync(tool, "{}", LocalServices(maxResponseBytes: 64)));
    }

    [Fact]
    public async Task CredentialsStayWithTheirOriginOnRedirects()
    {
        var handler = new StubHandler(request => request.RequestUri!.Host == "93.184.216.34"
            ? new HttpResponseMessage(HttpStatusCode.TemporaryRedirect) { Headers = { Location = new Uri("http://93.184.216.35/elsewhere") } }
            : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("moved") });
        var tool = new HttpRequestTool(new HttpTool
        {
            Id = "r",
            Name = "r",
            Url = "http://93.184.216.34/start",
            Headers = new Dictionary<string, string> { ["Authorization"] = "Bearer ${secret:API_TOKEN}" },
        });

        var secrets = FakeSecrets.Bound(("API_TOKEN", "tok-123", ["93.184.216.34"]));
        Assert.Equal("moved", await InvokeAsync(tool, "{}", new ToolServices { Http = new HttpClient(handler), Secrets = secrets }));

        var sent = handler.Sent.ToArray();
        Assert.Equal("Bearer tok-123", sent[0].Headers["Authorization"]);
        Assert.False(sent[1].Headers.ContainsKey("Authorization"));
    }

    [Fact]
    public async Task AToolWithoutAUrlSaysSo()
    {
        var tool = new HttpRequestTool(new HttpTool { Id = "n", Name = "n" });
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => InvokeAsync(tool, "{}"));
        Assert.Equal("Tool n has no URL: set one in its definition.", error.Message);
    }

    [Fact]
    public void ItsSchemaIsTheDefinitions()
    {
        var tool = new HttpRequestTool(new HttpTool { Id = "n", Name = "n" });
        Assert.Equal(JsonValueKind.Object, tool.ParametersSchema.ValueKind);
    }
}
