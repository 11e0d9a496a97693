// AgentStudio export of revision 7 of the design "Every tool".
// Export again to update it, or edit it as your own code.

using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace EveryTool;

/// <summary>A function tool with the design's name, description and parameters, whose work is <paramref name="invoke"/>.</summary>
internal sealed class ToolFunction(
    string name,
    string description,
    string parametersSchema,
    Func<AIFunctionArguments, CancellationToken, Task<string>> invoke) : AIFunction
{
    private readonly JsonElement _schema = JsonElement.Parse(parametersSchema);

    public override string Name => name;

    public override string Description => description;

    public override JsonElement JsonSchema => _schema;

    /// <summary>
    /// The argument at <paramref name="path"/> as AgentStudio writes it into a template: text as is, other values as
    /// JSON, missing ones empty; a.b reads inside an object and a.0 inside an array.
    /// </summary>
    public static string Text(AIFunctionArguments arguments, string path)
    {
        if (!arguments.TryGetValue(path, out var argument))
        {
            var names = path.Split('.');
            if (!arguments.TryGetValue(names[0], out argument) || argument is null)
            {
                return "";
            }

            var element = argument as JsonElement? ?? JsonSerializer.SerializeToElement(argument);
            foreach (var segment in names.Skip(1))
            {
                if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty(segment, out var child))
                {
                    element = child;
                }
                else if (element.ValueKind == JsonValueKind.Array
                    && int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                    && index < element.GetArrayLength())
                {
                    element = element[index];
                }
                else
                {
                    return "";
                }
            }

            argument = element;
        }

        var value = argument as JsonElement? ?? JsonSerializer.SerializeToElement(argument);
        return value.ValueKind switch
        {
            JsonValueKind.Undefined => "",
            JsonValueKind.String => value.GetString()!,
            _ => value.GetRawText(),
        };
    }

    protected override async ValueTask<object?> InvokeCoreAsync(AIFunctionArguments arguments, CancellationToken cancellationToken) =>
        await invoke(arguments, cancellationToken);
}
