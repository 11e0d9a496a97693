using AgentStudio.Security;
using Microsoft.Extensions.Configuration;

namespace AgentStudio.Tests.Security;

/// <summary>Sign-in is required exactly when the app can be reached from another machine, or configuration says so.</summary>
public sealed class SignInRequirementTests
{
    [Theory]
    [InlineData("http://localhost:5000")]
    [InlineData("http://127.0.0.1:5000")]
    [InlineData("http://127.0.0.2:5000")]
    [InlineData("http://[::1]:5000")]
    [InlineData("http://[::ffff:127.0.0.1]:5000")]
    [InlineData("http://studio.localhost:5000")]
    [InlineData("http://unix:/run/agentstudio.sock")]
    public void LoopbackAddresses_AreLoopback(string address) =>
        Assert.True(ListeningAddresses.IsLoopbackAddress(address));

    [Theory]
    [InlineData("http://0.0.0.0:5000")]
    [InlineData("http://*:5000")]
    [InlineData("http://+:5000")]
    [InlineData("http://[::]:5000")]
    [InlineData("http://192.168.1.20:5000")]
    [InlineData("https://studio.example.com")]
    public void OtherAddresses_AreNotLoopback(string address) =>
        Assert.False(ListeningAddresses.IsLoopbackAddress(address));

    [Fact]
    public void NothingConfigured_IsKestrelsLocalhostDefault_AndNeedsNoSignIn() =>
        Assert.False(SignInRequirement.From(Configuration()).IsRequired);

    [Fact]
    public void LoopbackUrls_NeedNoSignIn() =>
        Assert.False(SignInRequirement.From(Configuration(("urls", "http://localhost:5196;http://127.0.0.1:5197"))).IsRequired);

    [Theory]
    [InlineData("urls", "http://localhost:5196;http://0.0.0.0:5197")]
    [InlineData("http_ports", "8080")]
    [InlineData("Kestrel:Endpoints:Public:Url", "http://*:5000")]
    public void AnyAddressBeyondLoopback_RequiresSignIn(string key, string value) =>
        Assert.True(SignInRequirement.From(Configuration((key, value))).IsRequired);

    [Fact]
    public void RequireSignIn_ForcesItOnLoopback() =>
        Assert.True(SignInRequirement.From(Configuration(("urls", "http://127.0.0.1:5000"), ("AgentStudio:Security:RequireSignIn", "true"))).IsRequired);

    private static IConfiguration Configuration(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build();
}
