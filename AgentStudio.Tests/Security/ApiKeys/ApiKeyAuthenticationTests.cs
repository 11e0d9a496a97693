using System.Net;
using System.Text.Json;
using AgentStudio.Cli;
using AgentStudio.Tests.Support;

namespace AgentStudio.Tests.Security.ApiKeys;

/// <summary>
/// An endpoint that requires an API key, on a server composed like the app (loopback, no sign-in: the local user is an
/// administrator, and still no call passes without a key): what a missing, wrong, revoked and valid key get.
/// </summary>
public sealed class ApiKeyAuthenticationTests : IAsyncDisposable
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private ApiKeyTestHost? _host;

    [Fact]
    public async Task NoKey_Is401_WithAnOpenAIErrorBody_AndNeverReachesTheEndpoint_EvenFromTheLocalAdministrator()
    {
        var host = await StartAsync();
        using var client = host.Client();

        using var response = await client.GetAsync(ApiKeyTestHost.Path, Cancel);

        await AssertInvalidApiKeyAsync(response, "You didn't provide an API key");
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal(0, host.Calls);
    }

    [Theory]
    [InlineData("Bearer as_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("Bearer sk-proj-not-ours")]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer ")]
    public async Task AWrongKey_Is401_WithAnOpenAIErrorBody_AndNeverReachesTheEndpoint(string authorization)
    {
        var host = await StartAsync();
        await host.Keys.CreateAsync("ci", Cancel);
        using var client = host.Client();
        client.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", authorization);

        using var response = await client.GetAsync(ApiKeyTestHost.Path, Cancel);

        await AssertInvalidApiKeyAsync(response, "Incorrect API key provided");
        Assert.Equal(0, host.Calls);
    }

    [Fact]
    public async Task ARevokedKey_Is401_SayingSo_AndNeverReachesTheEndpoint()
    {
        var host = await StartAsync();
        var created = await host.Keys.CreateAsync("ci", Cancel);
        using var client = host.Client(created.Secret);
        using var before = await client.GetAsync(ApiKeyTestHost.Path, Cancel);

        await host.Keys.RevokeAsync("ci", Cancel);
        using var after = await client.GetAsync(ApiKeyTestHost.Path, Cancel);

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        await AssertInvalidApiKeyAsync(after, "revoked");
        Assert.Equal(1, host.Calls);
    }

    [Fact]
    public async Task AValidKey_Is200_AsThatKey_AndItsLastUseIsRecorded()
    {
        var host = await StartAsync();
        var created = await host.Keys.CreateAsync("ci", Cancel);
        using var client = host.Client(created.Secret);

        using var response = await client.GetAsync(ApiKeyTestHost.Path, Cancel);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ci", await response.Content.ReadAsStringAsync(Cancel));
        Assert.NotNull((await host.Keys.ListAsync(Cancel)).Single().LastUsedAt);
        Assert.Equal(1, host.Calls);
    }

    [Fact]
    public async Task TheOriginCheck_StillRefusesAForeignPage_WhileTheAppsOwnPageAndClientsWithoutOriginPass()
    {
        var host = await StartAsync();
        var created = await host.Keys.CreateAsync("ci", Cancel);
        using var client = host.Client(created.Secret);

        using var withoutOrigin = await client.GetAsync(ApiKeyTestHost.Path, Cancel);
        using var ownOrigin = await SendAsync(client, host.BaseAddress.GetLeftPart(UriPartial.Authority));
        using var foreignOrigin = await SendAsync(client, "https://evil.example");

        Assert.Equal(HttpStatusCode.OK, withoutOrigin.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ownOrigin.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, foreignOrigin.StatusCode);
        Assert.Equal(2, host.Calls);
    }

    [Fact]
    public async Task PastTheLimit_AKeyGets429_WithRetryAfter_WhileAnotherKeyStillPasses()
    {
        var host = await StartAsync(new Dictionary<string, string?>
        {
            ["AgentStudio:Api:RateLimit:PermitLimit"] = "2",
            ["AgentStudio:Api:RateLimit:Window"] = "00:10:00",
        });
        var busy = await host.Keys.CreateAsync("busy", Cancel);
        var quiet = await host.Keys.CreateAsync("quiet", Cancel);
        using var busyClient = host.Client(busy.Secret);
        using var quietClient = host.Client(quiet.Secret);

        using var first = await busyClient.GetAsync(ApiKeyTestHost.Path, Cancel);
        using var second = await busyClient.GetAsync(ApiKeyTestHost.Path, Cancel);
        using var third = await busyClient.GetAsync(ApiKeyTestHost.Path, Cancel);
        using var other = await quietClient.GetAsync(ApiKeyTestHost.Path, Cancel);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        var retryAfter = third.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(10));
        var error = await ErrorOfAsync(third);
        Assert.Equal("rate_limit_exceeded", error.GetProperty("code").GetString());
        Assert.Contains("\"busy\"", error.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal(3, host.Calls);
    }

    [Fact]
    public async Task TheCliVerb_PrintsAKeyOnItsOwnLine_ThatTheAppOnTheSameDataFolderAccepts()
    {
        using var dataFolder = new TemporaryFolder("agentstudio-apikeys");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await CliApp.RunAsync(["api-key", "create", "ci", "--AgentStudio:DataFolder", dataFolder.Path], TextReader.Null, output, error, Cancel);
        var key = output.ToString().TrimEnd('\n', '\r');
        var host = await StartAsync(dataFolder: dataFolder.Path);
        using var client = host.Client(key);
        using var response = await client.GetAsync(ApiKeyTestHost.Path, Cancel);

        Assert.Equal(CliApp.Success, exitCode);
        Assert.Matches("^as_[A-Za-z0-9_-]{43}$", key);
        Assert.Contains("only time it is shown", error.ToString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ci", await response.Content.ReadAsStringAsync(Cancel));
    }

    private async Task<ApiKeyTestHost> StartAsync(IReadOnlyDictionary<string, string?>? settings = null, string? dataFolder = null) =>
        _host = await ApiKeyTestHost.StartAsync(dataFolder, settings);

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, ApiKeyTestHost.Path);
        request.Headers.Add("Origin", origin);
        return await client.SendAsync(request, Cancel);
    }

    private static async Task AssertInvalidApiKeyAsync(HttpResponseMessage response, string messagePart)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var error = await ErrorOfAsync(response);
        Assert.Equal("invalid_request_error", error.GetProperty("type").GetString());
        Assert.Equal("invalid_api_key", error.GetProperty("code").GetString());
        Assert.Equal(JsonValueKind.Null, error.GetProperty("param").ValueKind);
        Assert.Contains(messagePart, error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    private static async Task<JsonElement> ErrorOfAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel));
        return document.RootElement.GetProperty("error").Clone();
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }
}
