using System.Text;
using System.Text.Json.Nodes;

namespace AgentStudio.Tests.Core.Serialization;

/// <summary>
/// Deterministic bad-input generator: damages valid design files in the ways real files get damaged
/// (cut short, bytes flipped, wrong types, duplicated ids, huge strings, deep nesting, removed fields,
/// invented kinds). The same seed always yields the same mutations.
/// </summary>
internal static class DesignMutations
{
    private static readonly string[] Kinds = ["truncate", "flip-bytes", "wrong-type", "duplicate-id", "huge-string", "deep-nesting", "remove-field", "random-kind", "null-value", "swap-array-object"];

    public static IEnumerable<(string Description, string Json)> Generate(IReadOnlyList<(string Name, string Json)> sources, int count, int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var (name, json) = sources[random.Next(sources.Count)];
            var kind = Kinds[i % Kinds.Length];
            yield return ($"#{i} {kind} of {name} (seed {seed})", Mutate(kind, json, random));
        }
    }

    private static string Mutate(string kind, string json, Random random) => kind switch
    {
        "truncate" => json[..random.Next(json.Length)],
        "flip-bytes" => FlipBytes(json, random),
        "huge-string" => Replace(json, random, _ => JsonValue.Create(new string('x', random.Next(100_000, 1_100_000)))),
        "deep-nesting" => NestText(json, random),
        "wrong-type" => Replace(json, random, node => node switch
        {
            JsonValue value when value.TryGetValue<string>(out _) => JsonValue.Create(random.Next()),
            JsonValue => JsonValue.Create("not a number"),
            JsonArray => new JsonObject { ["surprise"] = true },
            _ => new JsonArray(1, 2, 3),
        }),
        "null-value" => Replace(json, random, _ => null),
        "swap-array-object" => Replace(json, random, node => node is JsonArray ? new JsonObject() : new JsonArray()),
        "duplicate-id" => DuplicateId(json, random),
        "remove-field" => RemoveField(json, random),
        "random-kind" => SetKind(json, random),
        _ => json,
    };

    private static string FlipBytes(string json, Random random)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        for (var flips = random.Next(1, 8); flips > 0; flips--)
        {
            bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
        }

        // Invalid UTF-8 is replaced on decoding, as a browser upload of a damaged file would be.
        return Encoding.UTF8.GetString(bytes);
    }

    private static string NestText(string json, Random random)
    {
        var depth = 65 + random.Next(500);
        return json.Insert(json.IndexOf('{') + 1, "\"deep\": " + new string('[', depth) + new string(']', depth) + ",");
    }

    private static string Replace(string json, Random random, Func<JsonNode?, JsonNode?> replace)
    {
        var root = JsonNode.Parse(json)!;
        var nodes = Descendants(root).ToList();
        var (parent, key, node) = nodes[random.Next(nodes.Count)];
        var replacement = replace(node);
        switch (parent)
        {
            case JsonObject obj:
                obj[(string)key] = replacement;
                break;
            case JsonArray array:
                array[(int)key] = replacement;
                break;
        }

        return root.ToJsonString();
    }

    private static string DuplicateId(string json, Random random)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        var items = new[] { "agents", "tools", "edges", "notes" }
            .SelectMany(list => root[list] is JsonArray array ? array.OfType<JsonObject>() : [])
            .Where(item => item["id"] is not null)
            .ToList();
        if (items.Count >= 2)
        {
            var source = items[random.Next(items.Count)];
            items[random.Next(items.Count)]["id"] = source["id"]!.DeepClone();
        }

        return root.ToJsonString();
    }

    private static string RemoveField(string json, Random random)
    {
        var root = JsonNode.Parse(json)!;
        var objects = Descendants(root).Select(d => d.Node).OfType<JsonObject>().Append(root.AsObject()).Where(o => o.Count > 0).ToList();
        var target = objects[random.Next(objects.Count)];
        target.Remove(target.ElementAt(random.Next(target.Count)).Key);
        return root.ToJsonString();
    }

    private static string SetKind(string json, Random random)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        var kinded = new[] { "tools", "edges" }.SelectMany(list => root[list] is JsonArray array ? array.OfType<JsonObject>() : []).ToList();
        if (kinded.Count > 0)
        {
            string[] inventions = ["python", "", "HANDOFF", "tool ", "mcp2", "builtin\u0000"];
            kinded[random.Next(kinded.Count)]["kind"] = inventions[random.Next(inventions.Length)];
        }

        return root.ToJsonString();
    }

    private static IEnumerable<(JsonNode Parent, object Key, JsonNode? Node)> Descendants(JsonNode node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (key, child) in obj.ToList())
                {
                    yield return (obj, key, child);
                    if (child is not null)
                    {
                        foreach (var descendant in Descendants(child))
                        {
                            yield return descendant;
                        }
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    yield return (array, i, array[i]);
                    if (array[i] is { } child)
                    {
                        foreach (var descendant in Descendants(child))
                        {
                            yield return descendant;
                        }
                    }
                }

                break;
        }
    }
}
