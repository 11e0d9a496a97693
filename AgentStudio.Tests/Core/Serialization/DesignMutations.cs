using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AgentStudio.Tests.Core.Serialization;

/// <summary>
/// Deterministic bad-input generator: damages valid design files in the ways real files get damaged
/// (cut short, bytes flipped, wrong types, duplicated ids, huge strings, deep nesting, removed fields,
/// invented kinds, unpaired surrogate escapes, bytes that are not UTF-8, keys written twice) and the
/// shapes that once made validation blow up. The same seed always yields the same mutations.
/// </summary>
internal static class DesignMutations
{
    private const string Marker = "@@MARK@@";

    private static readonly string[] Kinds =
    [
        "truncate", "flip-bytes", "wrong-type", "duplicate-id", "huge-string", "deep-nesting", "remove-field", "random-kind", "null-value", "swap-array-object",
        "lone-surrogate-value", "lone-surrogate-name", "invalid-utf8", "duplicate-key", "quadratic-chain", "deep-objects",
    ];

    private static readonly string[] LoneSurrogates = ["\\ud800", "\\udfff", "x\\ud83d", "\\ude00\\ud83d", "\\ud83d\\ud83d\\ude00", "\\uDBFF\\u0041"];

    private static readonly byte[][] InvalidUtf8 = [[0xFF], [0x80], [0xC0, 0x80], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF0, 0x9F, 0x98]];

    /// <summary>The mutated files as bytes: some are not UTF-8 at all, as files on disk can be.</summary>
    public static IEnumerable<(string Description, byte[] Utf8)> Generate(IReadOnlyList<(string Name, string Json)> sources, int count, int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var (name, json) = sources[random.Next(sources.Count)];
            var kind = Kinds[i % Kinds.Length];
            yield return ($"#{i} {kind} of {name} (seed {seed})", Mutate(kind, json, random));
        }
    }

    private static byte[] Mutate(string kind, string json, Random random) => kind switch
    {
        "flip-bytes" => FlipBytes(json, random),
        "invalid-utf8" => InsertInvalidUtf8(json, random),
        _ => Encoding.UTF8.GetBytes(MutateText(kind, json, random)),
    };

    private static string MutateText(string kind, string json, Random random) => kind switch
    {
        "truncate" => json[..random.Next(json.Length)],
        "lone-surrogate-value" => Replace(json, random, _ => JsonValue.Create(Marker)).Replace(Marker, LoneSurrogates[random.Next(LoneSurrogates.Length)], StringComparison.Ordinal),
        "lone-surrogate-name" => RenameProperty(json, random).Replace(Marker, LoneSurrogates[random.Next(LoneSurrogates.Length)], StringComparison.Ordinal),
        "duplicate-key" => DuplicateKey(json, random),
        "quadratic-chain" => QuadraticChain(random),
        "deep-objects" => NestObjects(json, random),
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

    private static byte[] FlipBytes(string json, Random random)
    {
        var bytes = Encoding.UTF8.GetBytes(json);
        for (var flips = random.Next(1, 8); flips > 0; flips--)
        {
            bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
        }

        return bytes;
    }

    // Mostly inside a string value, where a text editor saving in another encoding puts them.
    private static byte[] InsertInvalidUtf8(string json, Random random)
    {
        // Mostly inside a string value, where a text editor saving in another encoding puts them.
        var text = Encoding.UTF8.GetBytes(Replace(json, random, _ => JsonValue.Create("caf" + Marker)));
        var marker = Encoding.UTF8.GetBytes(Marker);
        var start = text.AsSpan().IndexOf(marker);
        byte[] plain = [.. text[..start], .. text[(start + marker.Length)..]];
        var at = random.Next(4) == 0 ? random.Next(plain.Length) : start;
        return [.. plain[..at], .. InvalidUtf8[random.Next(InvalidUtf8.Length)], .. plain[at..]];
    }

    private static string RenameProperty(string json, Random random)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        // Layout keys half of the time: they are the property names a design is made of.
        var objects = random.Next(2) == 0 && root["layout"] is JsonObject { Count: > 0 } layout
            ? [layout]
            : Descendants(root).Select(d => d.Node).OfType<JsonObject>().Append(root).Where(o => o.Count > 0).ToList();
        var target = objects[random.Next(objects.Count)];
        var (key, value) = target.ElementAt(random.Next(target.Count));
        target.Remove(key);
        target[Marker + key] = value;
        return root.ToJsonString();
    }

    private static string DuplicateKey(string json, Random random)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        var objects = Descendants(root).Select(d => d.Node).OfType<JsonObject>().Append(root).Where(o => o.Count > 0).ToList();
        var target = objects[random.Next(objects.Count)];
        var (key, value) = target.ElementAt(random.Next(target.Count));
        // Either the same value twice or a different one before it; the marker becomes the repeated key.
        target[Marker] = random.Next(2) == 0 ? value?.DeepClone() : JsonValue.Create(random.Next());
        return root.ToJsonString().Replace(JsonSerializer.Serialize(Marker), JsonSerializer.Serialize(key), StringComparison.Ordinal);
    }

    // Even 400 agents made the old cycle rule print 400 paths of up to 400 names: megabytes of problems.
    private static string QuadraticChain(Random random)
    {
        var chain = Validation.BoundedValidationTests.QuadraticChain(random.Next(20, 400));
        return AgentStudio.Core.Serialization.DesignSerializer.WriteCompact(chain);
    }

    private static string NestObjects(string json, Random random)
    {
        var depth = random.Next(65, 100_000);
        return json.Insert(json.IndexOf('{') + 1, "\"deep\": " + string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth) + ",");
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
