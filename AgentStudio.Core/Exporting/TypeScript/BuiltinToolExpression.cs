using AgentStudio.Core.Designs;
using AgentStudio.Core.Running.Tools.Builtin;

namespace AgentStudio.Core.Exporting.TypeScript;

/// <summary>
/// A built-in tool (<see cref="BuiltinTools"/>) as <c>tool({…})</c> with the built-in's own description and parameters,
/// so the model sees the same tool, and an <c>execute</c> that calls the helper doing the same work
/// (<see cref="ToolSupportFiles"/>).
/// </summary>
internal static class BuiltinToolExpression
{
    /// <summary>The tool's expression, or <see langword="null"/> after a refusal.</summary>
    /// <param name="context">The module being written.</param>
    /// <param name="tool">The tool's definition.</param>
    /// <param name="name">The name the model sees (the edge's, else the tool's).</param>
    /// <param name="edgeDescription">The edge's description, which replaces the built-in's when it is not blank.</param>
    public static TsNode? Of(TsToolContext context, BuiltinTool tool, string name, string? edgeDescription)
    {
        Running.Tools.IAgentTool builtin;
        try
        {
            builtin = BuiltinTools.Create(tool);
        }
        catch (NotSupportedException e)
        {
            context.Refuse(tool, e.Message);
            return null;
        }

        var parameters = context.Parameters(tool, builtin.ParametersSchema);
        if (parameters is null)
        {
            return null;
        }

        var which = (string.IsNullOrWhiteSpace(tool.Builtin) ? tool.Name : tool.Builtin).Trim();
        var (helper, argument) = which switch
        {
            BuiltinTools.CurrentTime => ("currentTime", "timezone"),
            BuiltinTools.Calculator => ("calculate", "expression"),
            _ => ("httpGet", "url"),
        };
        context.Helpers.Add(helper);
        context.Imports.Add("tool");
        return new TsCall("tool", [new TsObject(
        [
            new("name", new TsString(name)),
            new("description", new TsString(string.IsNullOrWhiteSpace(edgeDescription) ? builtin.Description : edgeDescription)),
            new("parameters", parameters),
            new("execute", new TsArrow("(input)", new TsCall(helper, [new TsRaw($"input.{argument}")]))),
        ])]);
    }
}
