using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;

namespace AgentStudio.Settings;

/// <summary>
/// Where the Data Protection key ring that encrypts provider keys and secrets lives, and what protects it: a
/// certificate from configuration (<c>AgentStudio:Security:KeyRingCertificate:Path</c> and <c>:Password</c>, a PFX
/// file) wherever it is given, DPAPI on Windows otherwise, and elsewhere the file system's permissions alone (the
/// folder is made readable by its owner only).
/// </summary>
internal static class KeyRingProtection
{
    /// <summary>The configuration section of the certificate.</summary>
    public const string CertificateSection = "AgentStudio:Security:KeyRingCertificate";

    /// <summary>Keeps the key ring in <paramref name="folder"/>, protected as the configuration and platform allow.</summary>
    /// <exception cref="InvalidOperationException">A certificate is configured but cannot be read.</exception>
    public static IDataProtectionBuilder ProtectKeyRing(this IDataProtectionBuilder builder, string folder, IConfiguration configuration)
    {
        var directory = Directory.CreateDirectory(folder);
        if (!OperatingSystem.IsWindows())
        {
            // Until a certificate protects it, the ring is as safe as its folder: nobody but the app's user may read it.
            directory.UnixFileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        }

        builder.PersistKeysToFileSystem(directory);
        if (configuration[$"{CertificateSection}:Path"] is { Length: > 0 } path)
        {
            return builder.ProtectKeysWithCertificate(LoadCertificate(path, configuration[$"{CertificateSection}:Password"]));
        }

        return OperatingSystem.IsWindows() ? builder.ProtectKeysWithDpapi() : builder;
    }

    private static X509Certificate2 LoadCertificate(string path, string? password)
    {
        try
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password);
            return certificate.HasPrivateKey
                ? certificate
                : throw new InvalidOperationException($"The key ring certificate {path} has no private key; {CertificateSection}:Path needs a PFX file with its private key.");
        }
        catch (System.Security.Cryptography.CryptographicException e)
        {
            throw new InvalidOperationException($"The key ring certificate {path} could not be read ({e.Message}); check {CertificateSection}:Path and :Password.", e);
        }
    }
}
