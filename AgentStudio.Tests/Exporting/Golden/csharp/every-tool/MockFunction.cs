// AgentStudio export of revision 7 of the design "Every tool".
// Export again to update it, or edit it as your own code.

using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.AI;

namespace EveryTool;

/// <summary>
/// A prototype tool: it declares the design's parameters and answers every call with its response template,
/// where {{name}} is the argument of that name and {{a.b}} a nested value (text as is, other values as JSON,
/// missing ones empty).
/// </summary>
internal sealed partial class MockFunction(string name, string description, string parametersSchema, string responseTemplate) : AIFunction
{
    private readonly JsonElement _schema = JsonElement.Parse(parametersSchema);

    public override string Name => name;

    public override string Description => description;

    public override JsonElement JsonSchema => _schema;

    protected override ValueTask<object?> InvokeCoreAsync(AIFunctionArguments arguments, CancellationToken cancellationToken) =>
        ValueTask.FromResult<object?>(Placeholder().Replace(responseTemplate, match => ArgumentText(arguments, match.Groups[1].Value)));

    private static string ArgumentText(AIFunctionArguments arguments, string path)
    {
        var names = path.Split('.');
        if (!arguments.TryGetValue(names[0], out var argument) || argument is null)
        {
            return "";
        }

        var value = argument as JsonElement? ?? JsonSerializer.SerializeToElement(argument);
        foreach (var property in names.Skip(1))
        {
            if (value.ValueKind != JsonValueKind.Object || !value.TryGetProperty(property, out value))
            {
                return "";
            }
        }

        return value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
    }

    [GeneratedRegex(@"\{\{([\p{L}\p{Nd}_\-.$]+)\}\}")]
    private static partial Regex Placeholder();
}
