using System.Text;
using AgentStudio.Core.Designs;

namespace AgentStudio.Core.Exporting.Python;

/// <summary>
/// Writes one <c>@function_tool</c> function: the decorator, a typed signature and a docstring, as a person writes
/// one. The description goes in the docstring when the SDK reads it back unchanged (one line that fits), otherwise in
/// <c>description_override</c>, so the model sees the design's text byte for byte.
/// </summary>
internal static class PythonFunctionTool
{
    /// <summary>The function's source, or <see langword="null"/> after recording a refusal.</summary>
    /// <param name="context">The export.</param>
    /// <param name="tool">The tool the function stands for (its name is the name the model sees).</param>
    /// <param name="function">The Python function's name.</param>
    /// <param name="description">The description the model sees; <see langword="null"/> for none.</param>
    /// <param name="parameters">The typed parameters.</param>
    /// <param name="isAsync">Whether the function awaits (HTTP tools).</param>
    /// <param name="body">The body's lines, indented by four spaces.</param>
    public static string? Write(
        PythonExportContext context,
        ToolDefinition tool,
        string function,
        string? description,
        IReadOnlyList<PythonParameter> parameters,
        bool isAsync,
        IReadOnlyList<string> body)
    {
        var unsafeParameter = parameters.FirstOrDefault(p => p.Description is { } d && !IsDocstringText(d));
        if (unsafeParameter is not null)
        {
            context.Refuse(tool.Id, tool.Name,
                $"Tool {tool.Name}: the description of parameter {unsafeParameter.Name} spans lines or holds quotes or backslashes a docstring cannot keep exactly.");
            return null;
        }

        context.Imports.From("agents", "function_tool");
        var inDocstring = description is not null && IsDocstringText(description)
            && PythonCode.Indent.Length + description.Length + 6 <= PythonCode.LineLength;
        var decoratorArguments = new List<string>();
        if (function != tool.Name)
        {
            decoratorArguments.Add("name_override=" + PythonString.Literal(tool.Name));
        }

        if (description is not null && !inDocstring)
        {
            decoratorArguments.Add(PythonCode.KeywordString("description_override", description, PythonCode.Indent.Length));
        }

        var code = new StringBuilder();
        code.Append(decoratorArguments.Count == 0 ? "@function_tool" : PythonCode.Call("@function_tool", decoratorArguments, 0)).Append('\n');
        const string returns = " -> str:";
        code.Append(PythonCode.Call((isAsync ? "async def " : "def ") + function, [.. parameters.Select(p => p.Declaration)], 0, returns.Length))
            .Append(returns).Append('\n');
        AppendDocstring(code, inDocstring ? description : null, parameters);
        foreach (var line in body)
        {
            code.Append(line).Append('\n');
        }

        return code.ToString();
    }

    private static void AppendDocstring(StringBuilder code, string? description, IReadOnlyList<PythonParameter> parameters)
    {
        var described = parameters.Where(p => p.Description is not null).ToList();
        if (description is null && described.Count == 0)
        {
            return;
        }

        const string indent = PythonCode.Indent;
        if (described.Count == 0)
        {
            code.Append(indent).Append("\"\"\"").Append(description).Append("\"\"\"\n");
            return;
        }

        code.Append(indent).Append("\"\"\"");
        if (description is not null)
        {
            code.Append(description).Append("\n\n").Append(indent);
        }
        else
        {
            code.Append('\n').Append(indent);
        }

        code.Append("Args:\n");
        foreach (var parameter in described)
        {
            code.Append(indent).Append(indent).Append(parameter.Name).Append(": ").Append(parameter.Description).Append('\n');
        }

        code.Append(indent).Append("\"\"\"\n");
    }

    // Text the SDK's docstring parser gives back unchanged: one line, no escapes, no quote that could end the docstring.
    private static bool IsDocstringText(string text) =>
        text.Length > 0
        && text.Trim() == text
        && !text.Contains('"')
        && !text.Contains('\\')
        && !text.EndsWith(':')
        && PythonString.Literal(text).Length == text.Length + 2;
}
