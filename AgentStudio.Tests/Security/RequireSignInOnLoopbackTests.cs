using System.Net;
using AgentStudio.Tests.Support;

namespace AgentStudio.Tests.Security;

/// <summary><c>AgentStudio:Security:RequireSignIn</c> asks for sign-in even when the app listens only on loopback.</summary>
[Collection(SecurityAppCollection.Name)]
public sealed class RequireSignInOnLoopbackTests
{
    [Fact]
    public async Task RequireSignIn_OnLoopback_SendsPagesToTheSignInPage()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var app = await AppProcess.StartBuiltAsync(new AppProcessOptions { Arguments = ["--AgentStudio:Security:RequireSignIn", "true"] }, cancellationToken);
        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = app.BaseAddress };

        using var designs = await http.GetAsync("/designs", cancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, designs.StatusCode);
        Assert.StartsWith("/account/sign-in", designs.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }
}
