using AgentStudio.Core.Designs;

namespace AgentStudio.Core.Exporting.Python;

/// <summary>What the parts of one Python export share: the names taken, the imports needed, the refusals found.</summary>
internal sealed class PythonExportContext(ExportSource source)
{
    /// <summary>The design and revision being exported.</summary>
    public ExportSource Source { get; } = source;

    /// <summary>The design being exported.</summary>
    public DesignDocument Design => Source.Design;

    /// <summary>The module-level names of <c>agents_app.py</c>.</summary>
    public PythonNames Names { get; } = new();

    /// <summary>The imports of <c>agents_app.py</c>.</summary>
    public PythonImports Imports { get; } = new();

    /// <summary>The top-level definitions of <c>agents_app.py</c> that come before the agents, in order.</summary>
    public List<string> Definitions { get; } = [];

    /// <summary>What cannot be written; any refusal means no files.</summary>
    public List<ExportRefusal> Refusals { get; } = [];

    /// <summary>The variable of each tool (a function tool or an MCP server), by tool id.</summary>
    public Dictionary<string, string> ToolVariables { get; } = new(StringComparer.Ordinal);

    /// <summary>The variable of each agent, by agent id.</summary>
    public Dictionary<string, string> AgentVariables { get; } = new(StringComparer.Ordinal);

    /// <summary>The variables of the MCP servers, in design order.</summary>
    public List<string> McpServers { get; } = [];

    /// <summary>Whether a template writes a non-string or optional argument, which needs the <c>_text</c> helper.</summary>
    public bool UsesText { get; set; }

    /// <summary>Whether a URL template escapes a value, which needs the <c>_escape</c> helper.</summary>
    public bool UsesEscape { get; set; }

    /// <summary>Records that <paramref name="message"/> about the element cannot be written.</summary>
    public void Refuse(string? elementId, string elementName, string message) =>
        Refusals.Add(new ExportRefusal(elementId, elementName, message));

    /// <summary>The expression of a secret: <c>os.environ["NAME"]</c>, or <see langword="null"/> (and a refusal) when NAME cannot be an environment variable.</summary>
    public string? SecretExpression(string secretName, string? elementId, string elementName)
    {
        if (!SecretEnvironmentVariable.IsValidName(secretName))
        {
            Refuse(elementId, elementName, $"{elementName}: {SecretEnvironmentVariable.InvalidNameMessage(secretName)}.");
            return null;
        }

        Imports.Module("os");
        return $"os.environ[{PythonString.Literal(secretName)}]";
    }
}
