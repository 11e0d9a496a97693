using AgentStudio.Core.Designs;
using AgentStudio.Core.Running.Tools.Builtin;

namespace AgentStudio.Core.Exporting.CSharp;

/// <summary>
/// A built-in tool as a factory method of <c>FunctionTools.cs</c>: a <c>ToolFunction</c> with the built-in's own
/// description and parameters, doing its work in plain .NET (<c>current_time</c> with <c>TimeZoneInfo</c>,
/// <c>calculator</c> with the <c>Arithmetic</c> parser, which knows only arithmetic, <c>http_get</c> through <c>HttpTools</c>).
/// </summary>
internal static class CSharpBuiltinTool
{
    public static void Write(CSharpWriter w, string method, BuiltinTool tool)
    {
        // The studio's own tool gives the description and schema the model sees.
        var builtin = BuiltinTools.Create(tool);
        var which = CSharpPlan.BuiltinName(tool);
        CSharpToolsFile.WriteSignature(w, $"The built-in tool {which}, named {tool.Name}.", method, tool.Name, builtin.Description);
        w.Line("new ToolFunction(").Indent();
        w.Line("name,");
        w.Line("description,");
        CSharpToolsFile.WriteSchema(w, CSharpSchemaText.Write(builtin.ParametersSchema));
        switch (which)
        {
            case BuiltinTools.CurrentTime:
                w.Line("(arguments, _) =>");
                w.Open();
                w.Line("var zone = ToolFunction.Text(arguments, \"timezone\").Trim();");
                w.Line("var now = DateTimeOffset.UtcNow;");
                w.Line("now = zone.Length == 0 ? now : TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById(zone));");
                w.Line();
                w.Line("// Z for a zero offset, as AgentStudio writes UTC.");
                w.Line("var format = now.Offset == TimeSpan.Zero ? \"yyyy-MM-dd'T'HH:mm:ss'Z'\" : \"yyyy-MM-dd'T'HH:mm:sszzz\";");
                w.Line("return Task.FromResult(now.ToString(format, CultureInfo.InvariantCulture));");
                w.Close("});");
                break;
            case BuiltinTools.Calculator:
                w.Line("(arguments, _) => Task.FromResult(Arithmetic.Evaluate(ToolFunction.Text(arguments, \"expression\"))));");
                break;
            default:
                w.Line("async (arguments, cancellationToken) =>");
                w.Open();
                w.Line("using var request = new HttpRequestMessage(HttpMethod.Get, ToolFunction.Text(arguments, \"url\").Trim());");
                w.Line("return await HttpTools.SendAsync(request, cancellationToken);");
                w.Close("});");
                break;
        }

        w.Dedent().Dedent();
    }
}
