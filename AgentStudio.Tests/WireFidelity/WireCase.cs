using System.Text.Json.Nodes;

namespace AgentStudio.Tests.WireFidelity;

/// <summary>A design, an input and what the model answers each agent: run once by the SDK and once by AgentStudio.</summary>
/// <param name="Name">The case's name, as the tests show it.</param>
/// <param name="DesignJson">The design as an <c>.agentstudio.json</c> text, which both sides load.</param>
/// <param name="Input">The user's input.</param>
/// <param name="Script">Each agent's responses, in order, by agent name.</param>
/// <param name="PythonFailsWith">
/// The error kind (a <see cref="AgentStudio.Core.Running.RunErrorKind"/> name) the Python SDK ends this run with where
/// the JavaScript SDK does not fail it; null when the JavaScript SDK's outcome is Python's.
/// </param>
internal sealed record WireCase(string Name, string DesignJson, string Input, IReadOnlyDictionary<string, IReadOnlyList<ScriptedTurn>> Script, string? PythonFailsWith = null)
{
    /// <summary>Agent name by instructions, for the server to tell the agents' requests apart.</summary>
    public IReadOnlyDictionary<string, string> AgentByInstructions =>
        JsonNode.Parse(DesignJson)!["agents"]!.AsArray().ToDictionary(a => (string)a!["instructions"]!, a => (string)a!["name"]!, StringComparer.Ordinal);

    public override string ToString() => Name;
}
