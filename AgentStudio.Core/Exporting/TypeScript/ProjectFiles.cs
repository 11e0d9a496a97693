using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AgentStudio.Core.Exporting.TypeScript;

/// <summary>The files of the exported project around <c>src/agents.ts</c>: package.json, tsconfig.json, main.ts, README.</summary>
internal static class ProjectFiles
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static GeneratedFile PackageJson(ExportSource source)
    {
        var package = new JsonObject
        {
            ["name"] = PackageName(source.Design.Name),
            ["version"] = "1.0.0",
            ["private"] = true,
            ["type"] = "module",
            ["scripts"] = new JsonObject { ["start"] = "tsx src/main.ts" },
            ["dependencies"] = new JsonObject
            {
                ["@openai/agents"] = TypeScriptPackages.Agents,
                ["@openai/agents-core"] = TypeScriptPackages.AgentsCore,
                ["openai"] = TypeScriptPackages.OpenAI,
                ["zod"] = TypeScriptPackages.Zod,
            },
            ["devDependencies"] = new JsonObject { ["tsx"] = TypeScriptPackages.Tsx },
        };
        return new GeneratedFile("package.json", package.ToJsonString(JsonOptions).Replace("\r\n", "\n", StringComparison.Ordinal) + "\n", "json");
    }

    public static GeneratedFile TsConfig() => new("tsconfig.json", """
        {
          "compilerOptions": {
            "target": "ES2022",
            "module": "NodeNext",
            "moduleResolution": "NodeNext",
            "strict": true,
            "skipLibCheck": true,
            "noEmit": true
          },
          "include": ["src"]
        }

        """.ReplaceLineEndings("\n"), "json");

    public static GeneratedFile Main(ExportSource source, string entryIdentifier, bool hasServers)
    {
        var text = new StringBuilder();
        foreach (var line in CommentText.Wrap(ExportHeader.Text(source), 80 - 3))
        {
            text.Append(line.Length == 0 ? "//\n" : $"// {line}\n");
        }

        var imported = hasServers ? string.Join(", ", new[] { entryIdentifier, "mcpServers" }.Order(StringComparer.Ordinal)) : entryIdentifier;
        text.Append($$"""

            import {
              run,
              setDefaultOpenAIClient,
              setOpenAIAPI,
              setTracingDisabled,
            } from "@openai/agents";
            import OpenAI from "openai";
            import { {{imported}} } from "./agents.js";

            // AgentStudio calls models through the Chat Completions API, so this runs
            // against any OpenAI-compatible server as well: set OPENAI_BASE_URL.
            setOpenAIAPI("chat_completions");

            // Azure OpenAI when both of its variables are set: its v1 API takes the
            // OpenAI client as it is, and the agents' models are your deployments.
            const azureEndpoint = process.env.AZURE_OPENAI_ENDPOINT;
            const azureKey = process.env.AZURE_OPENAI_API_KEY;
            if (azureEndpoint && azureKey) {
              const baseURL = new URL("/openai/v1/", azureEndpoint).href;
              setDefaultOpenAIClient(new OpenAI({ apiKey: azureKey, baseURL }));
              // Traces go to OpenAI's platform, which an Azure key cannot reach.
              setTracingDisabled(true);
            }

            const input = process.argv.slice(2).join(" ");
            if (!input) {
              console.error('Usage: npm start -- "<your message>"');
              process.exit(2);
            }

            """).Append('\n');
        var run = $$"""
            const result = await run({{entryIdentifier}}, input, { stream: true });
            for await (const event of result) {
              if (event.type === "agent_updated_stream_event") {
                console.log(`\n[${event.agent.name}]`);
              } else if (
                event.type === "raw_model_stream_event" &&
                event.data.type === "output_text_delta"
              ) {
                process.stdout.write(event.data.delta);
              } else if (
                event.type === "run_item_stream_event" &&
                event.name === "tool_called" &&
                event.item.rawItem.type === "function_call"
              ) {
                const call = event.item.rawItem;
                console.log(`\n-> ${call.name}(${call.arguments})`);
              }
            }
            await result.completed;

            const output = result.finalOutput;
            console.log(`\n\nFinal output (${result.lastAgent?.name}):`);
            console.log(
              typeof output === "string" ? output : JSON.stringify(output, null, 2),
            );

            """;
        if (hasServers)
        {
            text.Append("""
                // The MCP servers are connected before the run and closed after it.
                await Promise.all(mcpServers.map((server) => server.connect()));
                try {

                """);
            foreach (var line in run.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'))
            {
                text.Append(line.Length == 0 ? "\n" : $"  {line}\n");
            }

            text.Append("""
                } finally {
                  await Promise.all(mcpServers.map((server) => server.close()));
                }

                """);
        }
        else
        {
            text.Append(run);
        }

        return new GeneratedFile("src/main.ts", text.ToString().ReplaceLineEndings("\n"), "typescript");
    }

    public static GeneratedFile Readme(ExportSource source, string entryName) => new("README.md", ReadmeText(source, entryName) + SecretsSection(source), "markdown");

    private static string ReadmeText(ExportSource source, string entryName) => $$"""
        # {{MarkdownText(source.Design.Name)}}

        Exported from AgentStudio as a TypeScript project for the
        [OpenAI Agents SDK](https://openai.github.io/openai-agents-js/). The agents,
        their tools and their handoffs are in `src/agents.ts`; `src/main.ts` runs
        {{MarkdownText(entryName)}} on your message and streams the run.

        ## Run it

        Node.js 20 or later:

        ```bash
        npm install
        export OPENAI_API_KEY=sk-...
        npm start -- "I was charged twice"
        ```

        The agents call models through the Chat Completions API, as in AgentStudio.
        To use another OpenAI-compatible server, set `OPENAI_BASE_URL` (for example
        `http://localhost:11434/v1`). For Azure OpenAI, set `AZURE_OPENAI_ENDPOINT`
        and `AZURE_OPENAI_API_KEY` instead; the agents' model names are then your
        deployments' names. The SDK sends traces to OpenAI (not when on Azure); set
        `OPENAI_AGENTS_DISABLE_TRACING=1` to turn that off.

        """.ReplaceLineEndings("\n");

    // The environment variables the tools read in place of AgentStudio's secrets, with the tools that read each.
    private static string SecretsSection(ExportSource source)
    {
        var secrets = SecretEnvironmentVariable.UsedBy(source.Design);
        if (secrets.Count == 0)
        {
            return "";
        }

        var text = new StringBuilder("\n## Secrets\n\nThe tools read these environment variables (AgentStudio's `${secret:NAME}` references):\n\n");
        foreach (var (secret, tools) in secrets)
        {
            text.Append($"- `{secret}`: {string.Join(", ", tools.Select(MarkdownText))}\n");
        }

        return text.ToString();
    }

    // npm package names: lower case, no spaces, URL-safe.
    private static string PackageName(string designName)
    {
        var name = new StringBuilder();
        foreach (var c in designName.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                name.Append(c);
            }
            else if (name.Length > 0 && name[^1] != '-')
            {
                name.Append('-');
            }
        }

        var text = name.ToString().Trim('-');
        return text.Length == 0 ? "agentstudio-design" : text;
    }

    private static string MarkdownText(string text) =>
        string.Join(" ", CommentText.Wrap(text, int.MaxValue / 2)).Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("*", "\\*", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal)
            .Replace("`", "\\`", StringComparison.Ordinal);
}
