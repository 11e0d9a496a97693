using System.Text.Json;
using System.Text.Json.Nodes;

namespace AgentStudio.Tests.WireFidelity;

/// <summary>
/// Field-level differences between two JSON values, one line each: <c>$.path: ours … | SDK's …</c>. A property that is
/// absent differs from one that is null; numbers compare by value; object key order does not matter.
/// </summary>
internal static class JsonDiff
{
    /// <summary>What an absent property or array item is shown as.</summary>
    public const string Absent = "<absent>";

    /// <summary>Adds to <paramref name="differences"/> one line for each place where the two values differ.</summary>
    public static void Collect(string path, JsonNode? ours, JsonNode? sdk, List<string> differences) =>
        Collect(path, Present(ours), Present(sdk), differences);

    private static void Collect(string path, Value ours, Value sdk, List<string> differences)
    {
        if (ours.Node is JsonObject ourObject && sdk.Node is JsonObject sdkObject)
        {
            foreach (var name in ourObject.Select(p => p.Key).Union(sdkObject.Select(p => p.Key)))
            {
                Collect($"{path}.{name}", Property(ourObject, name), Property(sdkObject, name), differences);
            }
        }
        else if (ours.Node is JsonArray ourArray && sdk.Node is JsonArray sdkArray)
        {
            for (var i = 0; i < Math.Max(ourArray.Count, sdkArray.Count); i++)
            {
                Collect($"{path}[{i}]", Item(ourArray, i), Item(sdkArray, i), differences);
            }
        }
        else if (!SameLeaf(ours, sdk))
        {
            differences.Add($"{path}: ours {Show(ours)} | SDK's {Show(sdk)}");
        }
    }

    private static bool SameLeaf(Value ours, Value sdk)
    {
        if (!ours.IsPresent || !sdk.IsPresent)
        {
            return ours.IsPresent == sdk.IsPresent;
        }

        if (ours.Node is JsonValue a && sdk.Node is JsonValue b
            && a.GetValueKind() == JsonValueKind.Number && b.GetValueKind() == JsonValueKind.Number)
        {
            return a.GetValue<decimal>() == b.GetValue<decimal>();
        }

        return JsonNode.DeepEquals(ours.Node, sdk.Node);
    }

    private static string Show(Value value) => value.IsPresent ? value.Node?.ToJsonString() ?? "null" : Absent;

    private static Value Property(JsonObject parent, string name) =>
        parent.TryGetPropertyValue(name, out var node) ? Present(node) : default;

    private static Value Item(JsonArray array, int index) => index < array.Count ? Present(array[index]) : default;

    private static Value Present(JsonNode? node) => new(node, true);

    private readonly record struct Value(JsonNode? Node, bool IsPresent);
}
