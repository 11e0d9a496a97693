using AgentStudio.Core.Designs;
using AgentStudio.Core.Running.Tools.Builtin;

namespace AgentStudio.Core.Exporting.CSharp;

/// <summary>
/// Exports a design as a C# console project on Microsoft Agent Framework (<c>Microsoft.Agents.AI</c> 1.28): the
/// agents as <c>ChatClientAgent</c>s, agents as tools through <c>AsAIFunction</c>, handoffs through the handoff
/// workflow builder, mock, HTTP and built-in tools as <c>AIFunction</c>s and MCP servers through the ModelContextProtocol
/// client, over the Chat Completions API.
/// </summary>
/// <remarks>
/// Refuses <c>stop_on_first_tool</c> except on the entry agent of a design without handoffs, handoffs whose history
/// filters differ, agents that call each other as tools in a cycle, and tools that cannot be written (an HTTP tool
/// without a URL or with a method template, a secret name that cannot be an environment variable). Pure and
/// thread-safe: the same source gives the same bytes.
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
        if (plan.FunctionTools.Count > 0)
        {
            files.Add(CSharpToolsFile.Write(plan));
        }

        if (plan.Uses<MockTool>())
        {
            files.Add(CSharpSupportFiles.MockFunction(plan));
        }

        if (plan.Uses<HttpTool>() || plan.Uses<BuiltinTool>())
        {
            files.Add(CSharpToolSupportFiles.ToolFunction(plan));
        }

        if (plan.Uses<HttpTool>() || plan.UsesBuiltin(BuiltinTools.HttpGet))
        {
            files.Add(CSharpToolSupportFiles.HttpTools(plan));
        }

        if (plan.UsesBuiltin(BuiltinTools.Calculator))
        {
            files.Add(CSharpCalculatorFile.Write(plan));
        }

        if (plan.UsesMcp)
        {
            files.Add(CSharpMcpFile.Write(plan));
        }

        if (plan.Secrets.Count > 0)
        {
            files.Add(CSharpToolSupportFiles.Secrets(plan));
        }

        files.AddRange([CSharpSupportFiles.ModelClients(plan), CSharpProjectFiles.Readme(plan)]);
        return new CodeExport(CodeTarget.CSharp, files, []);
    }
}
