namespace AgentStudio.Core.Exporting.Python;

/// <summary>
/// Exports a design as a Python project for the OpenAI Agents SDK (<c>openai-agents</c>): <c>requirements.txt</c>,
/// <c>agents_app.py</c> (one <c>Agent</c> per agent, function tools, MCP servers, Pydantic output types),
/// <c>main.py</c> (runs the entry agent on the command line's input, streaming) and <c>README.md</c>.
/// </summary>
/// <remarks>
/// The code is laid out as black leaves it (88 columns, double quotes) and keeps every name, instruction and
/// description byte for byte; secrets are read from environment variables. What Python or the SDK cannot express is
/// refused with the element it concerns. Stateless and thread-safe: the same source always gives the same bytes.
/// </remarks>
public sealed class PythonGenerator : ICodeGenerator
{
    /// <inheritdoc />
    public CodeTarget Target => CodeTarget.Python;

    /// <inheritdoc />
    public CodeExport Generate(ExportSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var context = new PythonExportContext(source);
        if (source.Design.Entry is null || source.Design.FindAgent(source.Design.Entry) is null)
        {
            return new CodeExport(Target, [], [new ExportRefusal(null, source.Design.Name, "The design has no entry agent to run.")]);
        }

        var agents = PythonAgentsFile.Write(context);
        if (agents is null)
        {
            return new CodeExport(Target, [], context.Refusals);
        }

        return new CodeExport(Target,
        [
            new GeneratedFile(PythonRequirements.FileName, PythonRequirements.Write(), "plaintext"),
            new GeneratedFile(PythonAgentsFile.FileName, agents, "python"),
            new GeneratedFile(PythonMainFile.FileName, PythonMainFile.Write(context), "python"),
            new GeneratedFile(PythonReadme.FileName, PythonReadme.Write(context), "markdown"),
        ], []);
    }
}
