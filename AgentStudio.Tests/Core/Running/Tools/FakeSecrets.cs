using AgentStudio.Core.Running.Tools;

namespace AgentStudio.Tests.Core.Running.Tools;

/// <summary>Secrets from a dictionary, recording which names were asked for.</summary>
internal sealed class FakeSecrets(params (string Name, string Value)[] secrets) : ISecretResolver
{
    private readonly Dictionary<string, string> _secrets = secrets.ToDictionary(s => s.Name, s => s.Value, StringComparer.Ordinal);

    public List<string> Asked { get; } = [];

    public string? Resolve(string name)
    {
        lock (Asked)
        {
            Asked.Add(name);
        }

        return _secrets.GetValueOrDefault(name);
    }
}
