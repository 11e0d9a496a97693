using System.Text.Json;
using System.Text.Json.Serialization;

namespace AgentStudio.Settings;

/// <summary>
/// One JSON file of the settings page in the data folder (providers, secrets, trusted MCP commands): replaced in one
/// step on every write, and kept aside rather than failing the app when it no longer reads.
/// </summary>
/// <typeparam name="T">The type of the file's entries.</typeparam>
internal sealed class SettingsFile<T>(string path, ILogger logger)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true, Converters = { new JsonStringEnumConverter() } };

    /// <summary>The file's path.</summary>
    public string Path { get; } = path;

    // A file that no longer reads (edited by hand, half-copied) must not stop the app: it is kept aside, and the
    // app starts with the settings of that file empty.
    public List<T> Load()
    {
        if (!File.Exists(Path))
        {
            return [];
        }

        try
        {
            return JsonSerializer.Deserialize<List<T>>(File.ReadAllText(Path), Json) ?? [];
        }
        catch (JsonException e)
        {
            var aside = $"{Path}.unreadable-{DateTime.UtcNow:yyyyMMddHHmmss}";
            File.Move(Path, aside);
            logger.LogError(e, "{File} could not be read and was moved to {Aside}; its settings start empty.", Path, aside);
            return [];
        }
    }

    public void Save(IReadOnlyList<T> entries)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        var temporary = Path + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(entries, Json));
        // Replace in one step, so a crash mid-write never leaves a half-written file.
        File.Move(temporary, Path, overwrite: true);
    }
}
