using System.Text.Json;
using AgentStudio.Core.Designs;

namespace AgentStudio.Core.Exporting.TypeScript;

/// <summary>
/// An HTTP tool as <c>tool({…})</c> whose <c>execute</c> sends the same request with <c>fetch</c>: arguments escaped in
/// the URL and raw elsewhere, secrets read from the environment, the body's type as the studio guesses it, and the
/// answer as the studio gives it (the body, led by the status when it is not a success).
/// </summary>
internal static class HttpToolExpression
{
    // The studio's limit for a tool's request (OutboundHttpOptions.Timeout).
    private const string Timeout = "AbortSignal.timeout(15_000)";

    /// <summary>The tool's expression, or <see langword="null"/> after a refusal.</summary>
    public static TsNode? Of(TsToolContext context, HttpTool tool, string name, string description)
    {
        var schema = tool.Parameters is { ValueKind: JsonValueKind.Object } p ? p : (JsonElement?)null;
        var parameters = context.Parameters(tool, schema);
        if (parameters is null)
        {
            return null;
        }

        if (string.IsNullOrWhiteSpace(tool.Url))
        {
            context.Refuse(tool, $"Tool {tool.Name} has no URL.");
            return null;
        }

        var method = ExportTemplate.Split(tool.Method ?? "");
        if (method.Any(part => part.Kind != TemplatePartKind.Literal))
        {
            context.Refuse(tool, $"Tool {tool.Name}: its method is a template, which the TypeScript export does not write.");
            return null;
        }

        var usesInput = false;
        string? Argument(string path, bool inUrl)
        {
            if (MockResponse.ArgumentText(path, schema) is not { } text)
            {
                return null;
            }

            usesInput = true;
            return inUrl ? Escaped(context, text) : text;
        }

        var url = TsTemplate.Of(ExportTemplate.Split(tool.Url.Trim()), path => Argument(path, inUrl: true), secret => Escaped(context, context.Secret(tool, secret)));
        var options = new List<TsProperty>();
        var verb = string.Concat(method.Select(part => part.Text)).Trim().ToUpperInvariant();
        if (verb.Length > 0 && verb != "GET")
        {
            options.Add(new("method", new TsString(verb)));
        }

        var headers = new List<TsProperty>();
        foreach (var (header, template) in tool.Headers ?? new Dictionary<string, string>())
        {
            headers.Add(new(TsNames.PropertyKey(header), TsTemplate.Of(ExportTemplate.Split(template), path => Argument(path, inUrl: false), secret => context.Secret(tool, secret))));
        }

        if (tool.Body is not null && tool.Headers?.Keys.Any(k => k.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)) != true)
        {
            // The studio sends a body that looks like JSON as JSON, anything else as plain text.
            var json = tool.Body.TrimStart() is ['{' or '[', ..];
            headers.Add(new("\"Content-Type\"", new TsString(json ? "application/json; charset=utf-8" : "text/plain; charset=utf-8")));
        }

        if (headers.Count > 0)
        {
            options.Add(new("headers", new TsObject(headers)));
        }

        if (tool.Body is not null)
        {
            options.Add(new("body", TsTemplate.Of(ExportTemplate.Split(tool.Body), path => Argument(path, inUrl: false), secret => context.Secret(tool, secret))));
        }

        options.Add(new("signal", new TsRaw(Timeout)));
        context.Imports.Add("tool");
        context.Helpers.Add("responseText");
        var execute = new TsBlockArrow(usesInput ? "async (input)" : "async ()",
        [
            new("const response = ", new TsCall("await fetch", [url, new TsObject(options)])),
            new("return ", new TsCall("responseText", [new TsRaw("response")])),
        ]);
        return new TsCall("tool", [new TsObject(
        [
            new("name", new TsString(name)),
            new("description", new TsString(description)),
            new("parameters", parameters),
            new("execute", execute),
        ])]);
    }

    private static string Escaped(TsToolContext context, string text)
    {
        context.Helpers.Add("escapeUrl");
        return $"escapeUrl({text})";
    }
}
