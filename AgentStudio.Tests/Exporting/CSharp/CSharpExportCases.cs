using AgentStudio.Core.Designs;
using AgentStudio.Core.Serialization;
using AgentStudio.Core.Templates;
using AgentStudio.Tests.Support;

namespace AgentStudio.Tests.Exporting.CSharp;

/// <summary>The designs the C# export tests run on besides the templates.</summary>
internal static class CSharpExportCases
{
    /// <summary>The id of the design in every-tool.agentstudio.json beside this file: every kind of tool, MCP included.</summary>
    public const string EveryTool = "every-tool";

    /// <summary>A template's design, or the <see cref="EveryTool"/> design loaded from its JSON.</summary>
    public static DesignDocument Load(string id)
    {
        if (id != EveryTool)
        {
            return DesignTemplates.Find(id)!.Design;
        }

        var json = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "AgentStudio.Tests", "Exporting", "CSharp", "every-tool.agentstudio.json"));
        var result = DesignSerializer.Load(json);
        return result.Design ?? throw new InvalidOperationException($"{id} does not load: {string.Join("; ", result.Problems)}");
    }
}
