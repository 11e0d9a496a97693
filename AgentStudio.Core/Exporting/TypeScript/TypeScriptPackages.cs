namespace AgentStudio.Core.Exporting.TypeScript;

/// <summary>
/// The npm packages an exported TypeScript project pins: the versions AgentStudio's own tests run designs with
/// (AgentStudio.Tests/Sdk/package.json, checked by a test), so the export is known to behave as tested.
/// </summary>
public static class TypeScriptPackages
{
    /// <summary>The OpenAI Agents SDK for JavaScript.</summary>
    public const string Agents = "0.20.0";

    /// <summary>The SDK's core package, imported for the handoff history filters.</summary>
    public const string AgentsCore = "0.20.0";

    /// <summary>The OpenAI client for JavaScript, which <c>main.ts</c> points at Azure OpenAI when its variables are set.</summary>
    public const string OpenAI = "7.59.0";

    /// <summary>zod, which the SDK turns into the JSON Schemas of tool parameters and structured outputs.</summary>
    public const string Zod = "4.6.7";

    /// <summary>tsx, which runs the TypeScript sources without a build step (<c>npm start</c>).</summary>
    public const string Tsx = "4.23.15";
}
