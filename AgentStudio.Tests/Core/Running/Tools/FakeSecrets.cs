using AgentStudio.Core.Running.Tools;

namespace AgentStudio.Tests.Core.Running.Tools;

/// <summary>
/// Secrets from a dictionary, recording which names were asked for. Each secret is bound to the loopback names the
/// tests' local servers use, unless hosts are given.
/// </summary>
internal sealed class FakeSecrets : ISecretResolver
{
    /// <summary>The hosts a secret is bound to when a test names none.</summary>
    public static readonly IReadOnlyList<string> LocalHosts = ["127.0.0.1", "localhost"];

    private readonly Dictionary<string, SecretValue> _secrets;

    public FakeSecrets(params (string Name, string Value)[] secrets)
        : this(secrets.Select(s => (s.Name, s.Value, LocalHosts)).ToArray())
    {
    }

    private FakeSecrets((string Name, string Value, IReadOnlyList<string> Hosts)[] secrets) =>
        _secrets = secrets.ToDictionary(s => s.Name, s => new SecretValue(s.Value, s.Hosts), StringComparer.Ordinal);

    public List<string> Asked { get; } = [];

    /// <summary>Secrets bound to the hosts given with each.</summary>
    public static FakeSecrets Bound(params (string Name, string Value, IReadOnlyList<string> Hosts)[] secrets) => new(secrets);

    public SecretValue? Resolve(string name)
    {
        lock (Asked)
        {
            Asked.Add(name);
        }

        return _secrets.GetValueOrDefault(name);
    }
}
