using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace AgentStudio.Core.Serialization;

/// <summary>
/// JSON written for people to read: indented, with every character as itself (a quote inside a string as <c>\"</c>,
/// never <c>\u0022</c>; <c>…</c> and <c>é</c> as written). Views show span data and structured outputs with it.
/// </summary>
/// <remarks>
/// Nothing HTML-sensitive is escaped, so the text must reach a page through an encoding renderer (Razor's <c>@</c>
/// does it), never as markup. Thread-safe.
/// </remarks>
public static class ReadableJson
{
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = MinimalJsonEncoder.Instance };

    /// <summary>Writes <paramref name="node"/>; <c>null</c> for a null node.</summary>
    public static string Write(JsonNode? node) => node is null ? "null" : Write(writer => node.WriteTo(writer));

    /// <summary>Writes <paramref name="element"/>.</summary>
    public static string Write(JsonElement element) => Write(element.WriteTo);

    private static string Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
