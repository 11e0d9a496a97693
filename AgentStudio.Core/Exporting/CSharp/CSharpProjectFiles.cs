using AgentStudio.Core.Designs;
using AgentStudio.Core.Running.Tools.Builtin;

namespace AgentStudio.Core.Exporting.CSharp;

/// <summary>Writes the project file and the README of a C# export.</summary>
internal static class CSharpProjectFiles
{
    /// <summary>The package versions the project pins: Agent Framework 1.28 and the OpenAI client it runs on.</summary>
    public static IReadOnlyList<(string Id, string Version)> Packages { get; } =
    [
        ("Microsoft.Agents.AI", "1.28.0"),
        ("Microsoft.Agents.AI.Workflows", "1.28.0"),
        ("Microsoft.Extensions.AI.OpenAI", "10.11.0"),
        ("OpenAI", "2.15.0"),
    ];

    /// <summary>The MCP client package, referenced only by designs with MCP tools.</summary>
    public static (string Id, string Version) McpPackage { get; } = ("ModelContextProtocol", "2.4.0");

    public static GeneratedFile Project(CSharpPlan plan)
    {
        var references = string.Concat((plan.UsesMcp ? Packages.Append(McpPackage) : Packages).Select(p => $"    <PackageReference Include=\"{p.Id}\" Version=\"{p.Version}\" />\n"));
        return new GeneratedFile(plan.ProjectName + ".csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">

              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <RootNamespace>{plan.ProjectName}</RootNamespace>
              </PropertyGroup>

              <ItemGroup>
            {references}  </ItemGroup>

            </Project>

            """, "xml");
    }

    public static GeneratedFile Readme(CSharpPlan plan)
    {
        var name = CommentText.SingleLine(plan.Design.Name);
        var revision = plan.Source.Revision is { } number ? $" (revision {number})" : "";
        var flow = plan.UsesWorkflow
            ? $"The run starts with {CommentText.SingleLine(plan.Entry.Name)} in an Agent Framework handoff workflow (`Agents.cs`, `BuildWorkflow`)."
            : $"The run is {CommentText.SingleLine(plan.Entry.Name)}'s, with its tools (`Agents.cs`).";
        return new GeneratedFile("README.md", $"""
            # {name}

            Exported from the AgentStudio design "{name}"{revision} as a console app on
            [Microsoft Agent Framework](https://github.com/microsoft/agent-framework) (`Microsoft.Agents.AI` 1.28).
            {flow}

            ## Run it

            ```bash
            export OPENAI_API_KEY=sk-...
            dotnet run -- "I was charged twice"
            ```

            The answer streams as it is written; the last lines name the agent that answered and its final output.

            | Variable | Meaning |
            | --- | --- |
            | `OPENAI_API_KEY` | Your OpenAI key. |
            | `OPENAI_BASE_URL` | Another OpenAI-compatible server, for example `http://localhost:11434/v1`. |
            | `AZURE_OPENAI_ENDPOINT`, `AZURE_OPENAI_API_KEY` | Azure OpenAI instead; model names are deployment names. |
            | `OPENAI_MODEL` | The model of agents that name none (default `gpt-4o`). |

            Every model call uses the Chat Completions API.

            ## Files

            - `Program.cs` reads the input from the command line, runs the design and prints the result.
            - `Agents.cs` builds one `ChatClientAgent` per agent{(plan.UsesWorkflow ? " and the handoff workflow" : "")}.
            {ToolFiles(plan)}- `ModelClients.cs` reads the model provider from the environment.

            Where Agent Framework behaves differently from the OpenAI Agents SDK that AgentStudio follows (handoff tool
            names, the history a handoff passes on, the arguments of agents used as tools), a comment says so at that line.
            {Secrets(plan)}
            """, "markdown");
    }

    // One line per file that holds tools, in the order the generator writes them.
    private static string ToolFiles(CSharpPlan plan)
    {
        var lines = new List<string>();
        if (plan.FunctionTools.Count > 0)
        {
            lines.Add("- `FunctionTools.cs` holds the design's function tools, each a factory method.");
        }

        if (plan.Uses<MockTool>())
        {
            lines.Add("- `MockFunction.cs` answers the mock tools' calls from their response templates.");
        }

        if (plan.Uses<HttpTool>() || plan.Uses<BuiltinTool>())
        {
            lines.Add("- `ToolFunction.cs` is the function type of the HTTP and built-in tools.");
        }

        if (plan.Uses<HttpTool>() || plan.UsesBuiltin(BuiltinTools.HttpGet))
        {
            lines.Add("- `HttpTools.cs` sends the HTTP tools' requests.");
        }

        if (plan.UsesBuiltin(BuiltinTools.Calculator))
        {
            lines.Add("- `Arithmetic.cs` evaluates the calculator's arithmetic; it never runs the model's input as code.");
        }

        if (plan.UsesMcp)
        {
            lines.Add("- `McpServers.cs` connects to the MCP servers and lists their tools.");
        }

        if (plan.Secrets.Count > 0)
        {
            lines.Add("- `Secrets.cs` reads the design's secrets from environment variables.");
        }

        return string.Concat(lines.Select(l => l + "\n"));
    }

    // The environment variables in place of the design's secrets, each with the tools that read it, as the Python and
    // TypeScript READMEs list them; in the order Secrets.cs reads them.
    private static string Secrets(CSharpPlan plan)
    {
        if (plan.Secrets.Count == 0)
        {
            return "";
        }

        var readers = SecretEnvironmentVariable.UsedBy(plan.Design).ToDictionary(s => s.Secret, s => s.Tools, StringComparer.Ordinal);
        var lines = plan.Secrets.Select(secret => readers.TryGetValue(secret, out var tools)
            ? $"- `{secret}`: {string.Join(", ", tools.Select(CommentText.SingleLine))}"
            : $"- `{secret}`");
        return $$"""

            ## Secrets

            The tools read these environment variables (AgentStudio's `${secret:NAME}` references), never written into the code:

            {{string.Join("\n", lines)}}

            """;
    }
}
