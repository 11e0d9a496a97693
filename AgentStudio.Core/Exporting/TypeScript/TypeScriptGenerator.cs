namespace AgentStudio.Core.Exporting.TypeScript;

/// <summary>
/// Writes a design as a TypeScript project for the OpenAI Agents SDK for JavaScript (<c>@openai/agents</c>, zod for
/// schemas): <c>package.json</c>, <c>tsconfig.json</c>, <c>src/agents.ts</c>, <c>src/main.ts</c> and <c>README.md</c>,
/// laid out as prettier would leave them. Pure and thread-safe: the same source gives the same bytes.
/// </summary>
public sealed class TypeScriptGenerator : ICodeGenerator
{
    /// <inheritdoc />
    public CodeTarget Target => CodeTarget.TypeScript;

    /// <inheritdoc />
    public CodeExport Generate(ExportSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var (module, agents, refusals) = AgentsModule.Write(source);
        if (refusals.Count > 0)
        {
            return new CodeExport(Target, [], refusals);
        }

        var entry = source.Design.FindAgent(source.Design.Entry ?? "") ?? source.Design.Agents[0];
        List<GeneratedFile> files =
        [
            ProjectFiles.PackageJson(source),
            ProjectFiles.TsConfig(),
            new GeneratedFile("src/agents.ts", agents, "typescript"),
        ];
        if (module.Helpers.Contains("calculate"))
        {
            files.Add(ToolSupportFiles.CalculatorFile());
        }

        var written = module.Helpers.Concat(module.Helpers.SelectMany(ToolSupportFiles.Requires)).ToHashSet(StringComparer.Ordinal);
        if (ToolSupportFiles.Tools(written) is { } tools)
        {
            files.Add(tools);
        }

        files.Add(ProjectFiles.Main(source, module.EntryIdentifier, module.ServerIdentifiers.Count > 0));
        files.Add(ProjectFiles.Readme(source, entry.Name));
        return new CodeExport(Target, files, []);
    }
}
