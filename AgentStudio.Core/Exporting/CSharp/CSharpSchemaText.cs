using System.Text.Json;

namespace AgentStudio.Core.Exporting.CSharp;

/// <summary>A JSON Schema as the text of a raw string literal.</summary>
internal static class CSharpSchemaText
{
    /// <summary>
    /// The schema indented like the design file; non-ASCII kept as is unless a character would be invisible or
    /// break the literal's lines, in which case everything outside ASCII is escaped (the same JSON value either way).
    /// </summary>
    public static string Write(JsonElement schema)
    {
        var relaxed = JsonSerializer.Serialize(schema, SchemaOptions.Relaxed);
        return !relaxed.Contains('\n') || CSharpLiterals.FitsRawLiteral(relaxed) ? relaxed : JsonSerializer.Serialize(schema, SchemaOptions.Strict);
    }
}
