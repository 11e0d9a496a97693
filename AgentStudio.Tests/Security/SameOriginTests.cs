using AgentStudio.Security;

namespace AgentStudio.Tests.Security;

/// <summary>What the origin check counts as the same origin: scheme, host and port, default ports filled in.</summary>
public sealed class SameOriginTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5000", "http://127.0.0.1:5000")]
    [InlineData("http://LOCALHOST:5000", "http://localhost:5000")]
    [InlineData("http://localhost", "http://localhost:80")]
    [InlineData("https://studio.example.com", "https://studio.example.com:443")]
    public void SameSchemeHostAndPort_IsTheSameOrigin(string origin, string own) =>
        Assert.True(OriginCheckMiddleware.SameOrigin(origin, own));

    [Theory]
    [InlineData("http://attacker.example", "http://127.0.0.1:5000")]
    [InlineData("http://127.0.0.1:5001", "http://127.0.0.1:5000")]
    [InlineData("https://127.0.0.1:5000", "http://127.0.0.1:5000")]
    [InlineData("null", "http://127.0.0.1:5000")]
    [InlineData("http://localhost.attacker.example:5000", "http://localhost:5000")]
    public void AnythingElse_IsForeign(string origin, string own) =>
        Assert.False(OriginCheckMiddleware.SameOrigin(origin, own));
}
