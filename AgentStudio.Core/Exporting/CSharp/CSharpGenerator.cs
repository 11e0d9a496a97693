using AgentStudio.Core.Designs;

namespace AgentStudio.Core.Exporting.CSharp;

/// <summary>
/// Exports a design as a C# console project on Microsoft Agent Framework (<c>Microsoft.Agents.AI</c> 1.28): the
/// agents as <c>ChatClientAgent</c>s, agents as tools through <c>AsAIFunction</c>, handoffs through the handoff
/// workflow builder and mock tools as <c>AIFunction</c>s, over the Chat Completions API.
/// </summary>
/// <remarks>
/// Refuses MCP, HTTP and built-in tools, <c>stop_on_first_tool</c>, handoffs whose history filters differ, and agents
/// that call each other as tools in a cycle. Pure and thread-safe: the same source gives the same bytes.
/// </remarks>
public sealed class CSharpGenerator : ICodeGenerator
{
    /// <inheritdoc />
    public CodeTarget Target => CodeTarget.CSharp;

    /// <inheritdoc />
    public CodeExport Generate(ExportSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var refusals = CSharpRefusals.Find(source.Design).ToList();
        AgentDefinition? agent = null;
        var plan = refusals.Count == 0 ? CSharpPlan.TryCreate(source, out agent) : null;
        if (refusals.Count == 0 && plan is null)
        {
            refusals.Add(new ExportRefusal(agent?.Id, agent?.Name ?? source.Design.Name,
                $"Agent {agent?.Name} calls itself as a tool through other agents; an Agent Framework agent's tools are built before it, so such a cycle cannot be written."));
        }

        if (refusals.Count > 0 || plan is null)
        {
            return new CodeExport(CodeTarget.CSharp, [], refusals);
        }

        List<GeneratedFile> files = [CSharpProjectFiles.Project(plan), CSharpProgramFile.Write(plan), CSharpAgentsFile.Write(plan)];
        if (plan.MockTools.Count > 0)
        {
            files.AddRange([CSharpToolsFile.Write(plan), CSharpSupportFiles.MockFunction(plan)]);
        }

        files.AddRange([CSharpSupportFiles.ModelClients(plan), CSharpProjectFiles.Readme(plan)]);
        return new CodeExport(CodeTarget.CSharp, files, []);
    }
}
