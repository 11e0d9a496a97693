using System.Net;

namespace AgentStudio.Tests.Security;

/// <summary>Without signing in, an app reachable from other machines serves no page, no hub and no endpoint.</summary>
[Collection(SecurityAppCollection.Name)]
public sealed class SignInRequiredHttpTests(SignInAppFixture app) : IClassFixture<SignInAppFixture>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/designs")]
    [InlineData("/settings")]
    [InlineData("/designs/6f1c1b6e-9a43-4d8e-9a55-2a3f0b5b8f10/export")]
    [InlineData("/designs/6f1c1b6e-9a43-4d8e-9a55-2a3f0b5b8f10/code/python.zip")]
    [InlineData("/runs/6f1c1b6e-9a43-4d8e-9a55-2a3f0b5b8f10/export")]
    [InlineData("/openapi/v1.json")]
    [InlineData("/api-reference/")]
    public async Task PagesAndEndpoints_RedirectToSignIn(string path)
    {
        using var http = NewClient();

        using var response = await http.GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/sign-in", response.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheHub_RefusesNegotiateAndWebSocket_EvenFromItsOwnOrigin()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var http = NewClient();
        var ownOrigin = app.BaseAddress.GetLeftPart(UriPartial.Authority);

        using var negotiate = await BlazorHub.NegotiateAsync(http, ownOrigin, cancellationToken);
        var (socket, refused) = await BlazorHub.ConnectAsync(app.BaseAddress, "made-up-token", ownOrigin, cancellationToken);

        using (socket)
        {
            Assert.NotEqual(HttpStatusCode.OK, negotiate.StatusCode);
            Assert.NotNull(refused);
            Assert.NotEqual(HttpStatusCode.SwitchingProtocols, socket.HttpStatusCode);
        }
    }

    [Fact]
    public async Task TheSignInPage_AndStaticAssets_AreServedToEveryone()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var http = NewClient();

        using var signIn = await http.GetAsync("/account/sign-in", cancellationToken);
        using var css = await http.GetAsync("/app.css", cancellationToken);

        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Contains("data-testid=\"sign-in-submit\"", await signIn.Content.ReadAsStringAsync(cancellationToken), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, css.StatusCode);
    }

    private HttpClient NewClient() => new(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = app.BaseAddress };
}
