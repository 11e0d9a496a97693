using AgentStudio.Core.Designs;
using AgentStudio.Core.Running.Tools.Builtin;

namespace AgentStudio.Core.Exporting.CSharp;

/// <summary>
/// Writes <c>FunctionTools.cs</c>: a factory method per mock, HTTP and built-in tool, with the design's name,
/// description and parameters; an edge that renames a tool passes its own name and description.
/// </summary>
internal static class CSharpToolsFile
{
    private const string NoParameters = "{\n  \"type\": \"object\",\n  \"properties\": {}\n}";

    public static GeneratedFile Write(CSharpPlan plan)
    {
        var w = new CSharpWriter();
        w.Comment(ExportHeader.Lines(plan.Source)).Line();
        if (plan.UsesBuiltin(BuiltinTools.CurrentTime))
        {
            w.Line("using System.Globalization;");
        }

        w.Line("using Microsoft.Extensions.AI;").Line();
        w.Line($"namespace {plan.ProjectName};").Line();
        w.Line("/// <summary>The design's function tools, as functions the agents' models can call.</summary>");
        w.Line("internal static class FunctionTools");
        w.Open();
        for (var i = 0; i < plan.FunctionTools.Count; i++)
        {
            if (i > 0)
            {
                w.Line();
            }

            switch (plan.FunctionTools[i])
            {
                case MockTool mock:
                    WriteTool(w, plan, mock);
                    break;
                case HttpTool http:
                    CSharpHttpTool.Write(w, plan.ToolMethods[http.Id], http);
                    break;
                case BuiltinTool builtin:
                    CSharpBuiltinTool.Write(w, plan.ToolMethods[builtin.Id], builtin);
                    break;
            }
        }

        w.Close();
        return new GeneratedFile("FunctionTools.cs", w.ToString(), "csharp");
    }

    private static void WriteTool(CSharpWriter w, CSharpPlan plan, MockTool tool)
    {
        w.Line($"/// <summary>The mock tool {XmlText(CommentText.SingleLine(tool.Name))}: answers every call from its response template.</summary>");
        w.Line($"public static AIFunction {plan.ToolMethods[tool.Id]}(");
        w.Indent();
        w.Line($"string name = {CSharpLiterals.String(tool.Name)},");
        w.Line($"string description = {CSharpLiterals.String(tool.Description ?? "")}) =>");
        w.Line("new MockFunction(").Indent();
        w.Line("name,");
        w.Line("description,");
        var schema = tool.Parameters is { } parameters ? CSharpSchemaText.Write(parameters) : NoParameters;
        var lines = CSharpLiterals.RawLines(schema);
        for (var i = 0; i < lines.Count; i++)
        {
            w.Line(i == lines.Count - 1 ? lines[i] + "," : lines[i]);
        }

        w.Line(CSharpLiterals.String(tool.Response ?? "") + ");");
        w.Dedent().Dedent();
    }

    /// <summary>The start of a tool's factory method: its summary and signature, ending with <c>=&gt;</c>, then indented.</summary>
    public static void WriteSignature(CSharpWriter w, string summary, string method, string name, string description)
    {
        w.Line($"/// <summary>{XmlText(summary)}</summary>");
        w.Line($"public static AIFunction {method}(");
        w.Indent();
        w.Line($"string name = {CSharpLiterals.String(name)},");
        w.Line($"string description = {CSharpLiterals.String(description)}) =>");
    }

    /// <summary>A JSON Schema as a raw string literal argument, one line per line, the last ending with <c>,</c>.</summary>
    public static void WriteSchema(CSharpWriter w, string schema)
    {
        var lines = CSharpLiterals.RawLines(schema);
        for (var i = 0; i < lines.Count; i++)
        {
            w.Line(i == lines.Count - 1 ? lines[i] + "," : lines[i]);
        }
    }

    public static string XmlText(string text) => CommentText.SingleLine(text).Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
