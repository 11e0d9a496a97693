namespace AgentStudio.Tests.Core.Running.Tools;

/// <summary>A request the local test server received.</summary>
internal sealed record ReceivedRequest(string Method, string RawUrl, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string? Header(string name) => Headers.GetValueOrDefault(name);
}
