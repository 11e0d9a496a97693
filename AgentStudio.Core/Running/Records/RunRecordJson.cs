using System.Text.Json;
using System.Text.Json.Serialization;
using AgentStudio.Core.Serialization;

namespace AgentStudio.Core.Running.Records;

/// <summary>
/// Reads and writes <see cref="RunRecord"/>s, the <c>agentstudio.run</c> format, through one source-generated context.
/// Writing is canonical (indented, camelCase, unset values left out, text as real UTF-8, <c>\n</c> line ends), so a
/// record read and written again gives the same bytes. Thread-safe.
/// </summary>
public static class RunRecordJson
{
    private static readonly RunRecordJsonContext Context = new(new JsonSerializerOptions(RunRecordJsonContext.Default.Options)
    {
        Encoder = MinimalJsonEncoder.Instance,
    });

    /// <summary>Writes <paramref name="record"/> in the canonical form, ending with a newline.</summary>
    public static string Write(RunRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return JsonSerializer.Serialize(record, Context.RunRecord) + "\n";
    }

    /// <summary>
    /// Reads a record; null when the text is not an <c>agentstudio.run</c> record this code can read (not JSON, another
    /// format, a newer version, or required fields missing). Never throws on bad input.
    /// </summary>
    public static RunRecord? Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            return JsonSerializer.Deserialize(json, Context.RunRecord) is { Format: RunRecord.FormatName, Version: >= 1 and <= RunRecord.CurrentVersion } record ? record : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <summary>The one source-generated JSON context of the <c>agentstudio.run</c> format.</summary>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    WriteIndented = true,
    NewLine = "\n",
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(RunRecord))]
internal sealed partial class RunRecordJsonContext : JsonSerializerContext;
