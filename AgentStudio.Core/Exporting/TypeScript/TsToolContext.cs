using System.Text.Json;
using AgentStudio.Core.Designs;

namespace AgentStudio.Core.Exporting.TypeScript;

/// <summary>What writing a tool of <c>agents.ts</c> records: the imports and support helpers it uses, and its refusals.</summary>
internal sealed class TsToolContext(HashSet<string> imports, HashSet<string> helpers, List<ExportRefusal> refusals)
{
    /// <summary>Names imported from <c>@openai/agents</c>, and <c>z</c> for zod.</summary>
    public HashSet<string> Imports { get; } = imports;

    /// <summary>The functions of <see cref="ToolSupportFiles"/> the tools call (<c>calculate</c> for the calculator's module).</summary>
    public HashSet<string> Helpers { get; } = helpers;

    /// <summary>Records that <paramref name="tool"/> cannot be written, and why.</summary>
    public void Refuse(ToolDefinition tool, string message) => refusals.Add(new ExportRefusal(tool.Id, tool.Name, message));

    /// <summary>The expression reading the secret <paramref name="name"/> from the environment; a refusal when it cannot be a variable's name.</summary>
    public string Secret(ToolDefinition tool, string name)
    {
        if (!SecretEnvironmentVariable.IsValidName(name))
        {
            Refuse(tool, $"Tool {tool.Name}: {SecretEnvironmentVariable.InvalidNameMessage(name)}.");
        }

        Helpers.Add("secret");
        return $"secret({TsLiteral.String(name)})";
    }

    /// <summary>A tool's parameters as a zod object, or <see langword="null"/> after a refusal.</summary>
    public TsNode? Parameters(ToolDefinition tool, JsonElement? schema)
    {
        Imports.Add("z");
        try
        {
            return schema is { ValueKind: JsonValueKind.Object } s && s.EnumerateObject().Any()
                ? ZodSchema.Of(s)
                : new TsCall("z.object", [new TsObject([])]);
        }
        catch (NotExpressibleException e)
        {
            Refuse(tool, $"The parameters cannot be written as zod: {e.Message}.");
            return null;
        }
    }
}
