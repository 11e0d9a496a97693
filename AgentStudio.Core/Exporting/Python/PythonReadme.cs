using System.Text;
using AgentStudio.Core.Designs;
using AgentStudio.Core.Running;

namespace AgentStudio.Core.Exporting.Python;

/// <summary>Writes the project's <c>README.md</c>: what it is, how to install and run it, and which variables it reads.</summary>
internal static class PythonReadme
{
    /// <summary>The file name.</summary>
    public const string FileName = "README.md";

    /// <summary>The file's text.</summary>
    public static string Write(PythonExportContext context)
    {
        var design = context.Design;
        var name = CommentText.Escaped(design.Name);
        var text = new StringBuilder();
        text.Append("# ").Append(name).Append("\n\n");
        if (!string.IsNullOrWhiteSpace(design.Description))
        {
            text.Append(CommentText.Escaped(design.Description)).Append("\n\n");
        }

        text.Append(ExportHeader.Lines(context.Source)[0]).Append(" It runs the design with the OpenAI Agents SDK for Python\n");
        text.Append("(`openai-agents`), through the Chat Completions API as AgentStudio does, so it works with OpenAI, Azure\n");
        text.Append("OpenAI and any OpenAI-compatible server.\n\n");
        text.Append("## Run it\n\nWith Python 3.11 or later:\n\n```bash\n");
        text.Append("python3 -m venv .venv\n. .venv/bin/activate\npip install -r requirements.txt\n");
        text.Append("export OPENAI_API_KEY=...\n");
        text.Append("python main.py \"I was charged twice\"\n```\n\n");
        var entry = design.FindAgent(design.Entry!)!;
        text.Append($"The input goes to {CommentText.Escaped(entry.Name)}. While the run goes on, the streamed text, each agent that takes\n");
        text.Append("over and each tool call are shown on standard error; the final output is printed last, on standard output.\n\n");
        text.Append("## Models and providers\n\n");
        text.Append("- OpenAI: set `OPENAI_API_KEY`.\n");
        text.Append("- An OpenAI-compatible server: set `OPENAI_BASE_URL` as well (tracing to OpenAI is then turned off).\n");
        text.Append("- Azure OpenAI: set `AZURE_OPENAI_ENDPOINT`, `AZURE_OPENAI_API_KEY` and, if needed, `OPENAI_API_VERSION`;\n");
        text.Append("  the model names below are then your deployments' names.\n\n");
        foreach (var group in design.Agents.GroupBy(a => a.Model ?? "").OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var model = group.Key switch
            {
                "" => "the SDK's default model",
                ModelNames.Simulated or ModelNames.Scripted => $"the SDK's default model (AgentStudio's {group.Key} model has no counterpart here)",
                _ => $"`{CommentText.Escaped(group.Key)}`",
            };
            text.Append($"- {string.Join(", ", group.Select(a => CommentText.Escaped(a.Name)))}: {model}\n");
        }

        var secrets = SecretEnvironmentVariable.UsedBy(design);
        if (secrets.Count > 0)
        {
            text.Append("\n## Secrets\n\nThe tools read these environment variables (AgentStudio's `${secret:NAME}` references):\n\n");
            foreach (var (secret, tools) in secrets)
            {
                text.Append($"- `{secret}`: {string.Join(", ", tools.Select(CommentText.Escaped))}\n");
            }
        }

        text.Append("\n## Files\n\n");
        text.Append($"- `{PythonAgentsFile.FileName}`: the agents, their tools and handoffs.\n");
        text.Append($"- `{PythonMainFile.FileName}`: reads the input and runs the agents.\n");
        text.Append($"- `{PythonRequirements.FileName}`: the pinned packages.\n");
        return text.ToString();
    }
}
