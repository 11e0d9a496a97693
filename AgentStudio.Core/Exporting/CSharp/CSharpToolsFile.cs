using AgentStudio.Core.Designs;

namespace AgentStudio.Core.Exporting.CSharp;

/// <summary>Writes <c>FunctionTools.cs</c>: a factory method per mock tool, with the design's name, description, parameters and response.</summary>
internal static class CSharpToolsFile
{
    private const string NoParameters = "{\n  \"type\": \"object\",\n  \"properties\": {}\n}";

    public static GeneratedFile Write(CSharpPlan plan)
    {
        var w = new CSharpWriter();
        w.Comment(ExportHeader.Lines(plan.Source)).Line();
        w.Line("using Microsoft.Extensions.AI;").Line();
        w.Line($"namespace {plan.ProjectName};").Line();
        w.Line("/// <summary>The design's function tools, as functions the agents' models can call.</summary>");
        w.Line("internal static class FunctionTools");
        w.Open();
        for (var i = 0; i < plan.MockTools.Count; i++)
        {
            if (i > 0)
            {
                w.Line();
            }

            WriteTool(w, plan, plan.MockTools[i]);
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

    private static string XmlText(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
