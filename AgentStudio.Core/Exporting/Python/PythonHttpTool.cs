using AgentStudio.Core.Designs;

namespace AgentStudio.Core.Exporting.Python;

/// <summary>
/// An HTTP tool as an async function tool that sends the same request with httpx: arguments URL-escaped in the URL and
/// raw elsewhere, secrets read from the environment, the body's type guessed as the studio does, and a status other
/// than 2xx put on the first line of the answer.
/// </summary>
internal static class PythonHttpTool
{
    private const string Indent = PythonCode.Indent;

    /// <summary>The function's source, or <see langword="null"/> after a refusal.</summary>
    public static string? Write(PythonExportContext context, HttpTool tool, string function)
    {
        var parameters = PythonParameter.Read(context, tool, tool.Parameters);
        if (parameters is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(tool.Url))
        {
            context.Refuse(tool.Id, tool.Name, $"Tool {tool.Name} has no URL.");
            return null;
        }

        var method = ExportTemplate.Split(tool.Method ?? "");
        if (method.Any(p => p.Kind != TemplatePartKind.Literal))
        {
            context.Refuse(tool.Id, tool.Name, $"Tool {tool.Name}: its method is a template, which the Python export does not write.");
            return null;
        }

        // Secrets become local variables named after them, read once at the top of the function.
        var locals = new PythonNames();
        foreach (var parameter in parameters)
        {
            locals.Exact(parameter.Name);
        }

        var secrets = new Dictionary<string, string>(StringComparer.Ordinal);
        var body = new List<string>();
        string? Secret(string name, bool inUrl)
        {
            if (!secrets.TryGetValue(name, out var variable))
            {
                var expression = context.SecretExpression(name, tool.Id, $"Tool {tool.Name}");
                if (expression is null)
                {
                    return null;
                }

                variable = locals.Snake(name);
                secrets[name] = variable;
                body.Add($"{Indent}{variable} = {expression}");
            }

            if (inUrl)
            {
                context.UsesEscape = true;
                return $"_escape({variable})";
            }

            return variable;
        }

        var url = PythonTemplate.Pieces(context, tool, tool.Url.Trim(), parameters, p => Escape(context, p), name => Secret(name, inUrl: true));
        if (url is null)
        {
            return null;
        }

        var headers = new List<string>();
        foreach (var (name, template) in tool.Headers ?? new Dictionary<string, string>())
        {
            var value = PythonTemplate.Pieces(context, tool, template, parameters, p => PythonTemplate.Text(context, p), secret => Secret(secret, inUrl: false));
            if (value is null)
            {
                return null;
            }

            headers.Add($"{PythonString.Literal(name)}: {PythonString.Render(value)}");
        }

        List<PythonStringPiece>? content = null;
        if (tool.Body is not null)
        {
            content = PythonTemplate.Pieces(context, tool, tool.Body, parameters, p => PythonTemplate.Text(context, p), secret => Secret(secret, inUrl: false));
            if (content is null)
            {
                return null;
            }

            if (tool.Headers?.Keys.Any(k => k.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)) != true)
            {
                // The studio sends a body that looks like JSON as JSON, anything else as plain text.
                var json = tool.Body.TrimStart() is ['{' or '[', ..];
                headers.Add($"\"Content-Type\": {PythonString.Literal(json ? "application/json" : "text/plain; charset=utf-8")}");
            }
        }

        context.Imports.Module("httpx");
        var verb = string.Concat(method.Select(p => p.Text)).Trim().ToUpperInvariant();
        const int argumentColumn = 12;
        var arguments = new List<string>
        {
            PythonString.Literal(verb.Length == 0 ? "GET" : verb),
            PythonCode.KeywordString("", url, argumentColumn),
        };
        if (headers.Count > 0)
        {
            arguments.Add(PythonCode.Dict(headers, argumentColumn, 1, "headers="));
        }

        if (content is not null)
        {
            arguments.Add(PythonCode.KeywordString("content", content, argumentColumn));
        }

        body.Add($"{Indent}async with httpx.AsyncClient(timeout=30.0, follow_redirects=True) as client:");
        body.Add(Indent + Indent + PythonCode.Call("response = await client.request", arguments, 8));
        body.Add($"{Indent}if response.is_success:");
        body.Add($"{Indent}{Indent}return response.text");
        body.Add($"{Indent}return f\"HTTP {{response.status_code}}\\n{{response.text}}\"");
        return PythonFunctionTool.Write(context, tool, function, tool.Description, parameters, isAsync: true, body);
    }

    private static string Escape(PythonExportContext context, PythonParameter parameter)
    {
        context.UsesEscape = true;
        return $"_escape({parameter.Name})";
    }
}
