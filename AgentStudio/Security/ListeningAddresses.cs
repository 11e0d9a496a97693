using Microsoft.AspNetCore.Http;

namespace AgentStudio.Security;

/// <summary>
/// Reads where the app will listen from its configuration (<c>--urls</c>, <c>ASPNETCORE_URLS</c>,
/// <c>ASPNETCORE_HTTP_PORTS</c>, <c>Kestrel:Endpoints</c>) to decide whether anyone but this machine can
/// reach it. Read before the server starts, because the authentication scheme depends on it.
/// </summary>
public static class ListeningAddresses
{
    /// <summary>The addresses configured; empty means Kestrel's default, http://localhost:5000.</summary>
    public static IReadOnlyList<string> Configured(IConfiguration configuration)
    {
        var addresses = new List<string>();
        addresses.AddRange(Split(configuration["urls"]));
        // Ports without a host bind every interface, as ASPNETCORE_HTTP_PORTS does in containers.
        addresses.AddRange(Split(configuration["http_ports"]).Select(port => $"http://*:{port}"));
        addresses.AddRange(Split(configuration["https_ports"]).Select(port => $"https://*:{port}"));
        addresses.AddRange(configuration.GetSection("Kestrel:Endpoints").GetChildren()
            .Select(endpoint => endpoint["Url"]).OfType<string>());
        return addresses;
    }

    /// <summary>Whether every configured address is loopback (or a Unix socket, which has no network side).</summary>
    public static bool OnlyLoopback(IConfiguration configuration) => Configured(configuration).All(IsLoopbackAddress);

    /// <summary>Whether one address (<c>http://127.0.0.1:5000</c>, <c>http://*:80</c>, <c>http://+:80</c>) listens on loopback only.</summary>
    public static bool IsLoopbackAddress(string address)
    {
        BindingAddress binding;
        try
        {
            binding = BindingAddress.Parse(address);
        }
        catch (FormatException)
        {
            // Kestrel will refuse it too; not judging it loopback keeps the safe side.
            return false;
        }

        return binding.IsUnixPipe || binding.IsNamedPipe || LoopbackHosts.IsLoopback(binding.Host);
    }

    private static string[] Split(string? value) =>
        value?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) ?? [];
}
