using AgentStudio.Core.Designs;

namespace AgentStudio.Core.Running.Tools.Builtin;

/// <summary>The tools that ship with the app, which a design picks by name.</summary>
public static class BuiltinTools
{
    /// <summary>The current date and time, in UTC or a given time zone.</summary>
    public const string CurrentTime = "current_time";

    /// <summary>Evaluates arithmetic expressions.</summary>
    public const string Calculator = "calculator";

    /// <summary>Fetches a URL with an HTTP GET request.</summary>
    public const string HttpGet = "http_get";

    /// <summary>The name of every built-in.</summary>
    public static IReadOnlyList<string> Names { get; } = [CurrentTime, Calculator, HttpGet];

    /// <summary>
    /// Builds the built-in <paramref name="definition"/> names (its <see cref="BuiltinTool.Builtin"/>, or else its
    /// <see cref="ToolDefinition.Name"/>), offered under the definition's name and, when set, its description.
    /// </summary>
    /// <exception cref="NotSupportedException">No built-in has that name.</exception>
    public static IAgentTool Create(BuiltinTool definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var which = (string.IsNullOrWhiteSpace(definition.Builtin) ? definition.Name : definition.Builtin).Trim();
        var description = string.IsNullOrWhiteSpace(definition.Description) ? null : definition.Description;
        return which switch
        {
            CurrentTime => new CurrentTimeTool(definition.Name, description),
            Calculator => new CalculatorTool(definition.Name, description),
            HttpGet => new HttpGetTool(definition.Name, description),
            _ => throw new NotSupportedException(
                $"Tool {definition.Name} asks for the built-in '{which}', which does not exist; the built-ins are {string.Join(", ", Names)}."),
        };
    }
}
