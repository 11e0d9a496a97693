using AgentStudio.Core.Designs;

namespace AgentStudio.Core.Exporting.Python;

/// <summary>A mock tool as a function tool that returns its response template filled from the arguments.</summary>
internal static class PythonMockTool
{
    /// <summary>The function's source, or <see langword="null"/> after a refusal.</summary>
    public static string? Write(PythonExportContext context, MockTool tool, string function)
    {
        var parameters = PythonParameter.Read(context, tool, tool.Parameters);
        if (parameters is null)
        {
            return null;
        }

        var body = new List<string>();
        if (tool.Response is null)
        {
            context.Imports.Module("json");
            body.Add(PythonCode.Indent + "# Without a response template the tool answers with its arguments as JSON.");
            body.Add(PythonCode.Indent + "return json.dumps(locals())");
        }
        else
        {
            // A mock's response is never resolved for secrets, so ${secret:…} stays text.
            var pieces = PythonTemplate.Pieces(context, tool, tool.Response, parameters, p => PythonTemplate.Text(context, p), secret: null);
            if (pieces is null)
            {
                return null;
            }

            body.Add(PythonCode.Indent + "return " + PythonCode.KeywordString("", pieces, PythonCode.Indent.Length, 0, "return ".Length));
        }

        return PythonFunctionTool.Write(context, tool, function, tool.Description, parameters, isAsync: false, body);
    }
}
