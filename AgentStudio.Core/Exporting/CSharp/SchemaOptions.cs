using System.Text.Encodings.Web;
using System.Text.Json;

namespace AgentStudio.Core.Exporting.CSharp;

/// <summary>How JSON Schemas are written into the generated code: indented by two spaces, <c>\n</c> line ends.</summary>
internal static class SchemaOptions
{
    /// <summary>Keeps non-ASCII text readable; only JSON's own escapes.</summary>
    public static JsonSerializerOptions Relaxed { get; } = new()
    {
        WriteIndented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Escapes everything outside ASCII, for text whose characters a raw string literal cannot hold.</summary>
    public static JsonSerializerOptions Strict { get; } = new()
    {
        WriteIndented = true,
        NewLine = "\n",
    };
}
