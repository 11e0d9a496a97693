using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using AgentStudio.Settings;
using AgentStudio.Tests.Support;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace AgentStudio.Tests.Settings;

/// <summary>The key ring that encrypts provider keys and secrets: sealed by a configured certificate, its folder private.</summary>
public sealed class KeyRingProtectionTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    [Fact]
    public void WithACertificate_TheKeyRingHoldsNoKeyInClear()
    {
        var pfx = Path.Combine(_folder.Path, "ring.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=AgentStudio key ring test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
            File.WriteAllBytes(pfx, certificate.Export(X509ContentType.Pfx, "ring-password"));
        }

        var keys = WriteKeyRing(new() { [$"{KeyRingProtection.CertificateSection}:Path"] = pfx, [$"{KeyRingProtection.CertificateSection}:Password"] = "ring-password" });

        Assert.Contains("encryptedSecret", keys, StringComparison.Ordinal);
        Assert.DoesNotContain("<value>", keys, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutACertificate_OnlyTheOwnerCanReadTheKeyRingFolder()
    {
        var keys = WriteKeyRing([]);

        Assert.Contains("<masterKey", keys, StringComparison.Ordinal);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.Combine(_folder.Path, "keys")));
        }
    }

    [Fact]
    public void AnUnreadableCertificate_StopsStartUpWithTheSettingToFix()
    {
        var error = Assert.Throws<InvalidOperationException>(() => WriteKeyRing(new() { [$"{KeyRingProtection.CertificateSection}:Path"] = Path.Combine(_folder.Path, "missing.pfx") }));

        Assert.Contains("AgentStudio:Security:KeyRingCertificate:Path", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => _folder.Dispose();

    // Encrypts one value, which makes the ring write its first key, and returns the ring's files as text.
    private string WriteKeyRing(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddDataProtection().SetApplicationName("AgentStudio-test").ProtectKeyRing(Path.Combine(_folder.Path, "keys"), configuration);
        using var provider = services.BuildServiceProvider();
        provider.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("sk-some-provider-key");
        return string.Concat(Directory.GetFiles(Path.Combine(_folder.Path, "keys"), "*.xml").Select(File.ReadAllText));
    }
}
