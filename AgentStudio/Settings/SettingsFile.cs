using System.Text.Json;
using System.Text.Json.Serialization;

namespace AgentStudio.Settings;

/// <summary>
/// One JSON file of the settings page in the data folder (providers, secrets, trusted MCP commands), shared safely by
/// every app instance on the same folder: reads notice another instance's writes, and each change re-reads the file
/// under a lock before writing, so no instance loses another's change. The file is replaced in one step; an entry
/// that no longer reads is set aside with a warning, and a file that does not read at all is kept beside it.
/// </summary>
/// <typeparam name="T">The type of the file's entries.</typeparam>
/// <remarks>Thread-safe, and safe across processes.</remarks>
internal sealed class SettingsFile<T>(string path, ILogger logger)
    where T : class
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true, Converters = { new JsonStringEnumConverter() } };
    private static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(10);
    private readonly Lock _gate = new();
    private List<T> _entries = [];
    private (DateTime Written, long Length)? _stamp;

    /// <summary>The file's path.</summary>
    public string Path { get; } = path;

    /// <summary>The entries as the file holds them now (read again only when the file changed).</summary>
    public IReadOnlyList<T> Read()
    {
        lock (_gate)
        {
            if (Stamp() != _stamp)
            {
                _entries = Load();
                _stamp = Stamp();
            }

            return [.. _entries];
        }
    }

    /// <summary>Applies <paramref name="change"/> to the entries the file holds at this moment and writes the result.</summary>
    /// <exception cref="IOException">Another instance held the file for longer than 10 seconds.</exception>
    public void Update(Func<List<T>, List<T>> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        lock (_gate)
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            using var exclusive = AcquireLock();
            var changed = change(Load());
            var temporary = Path + ".tmp";
            File.WriteAllText(temporary, JsonSerializer.Serialize(changed, Json));
            // Replace in one step, so a crash mid-write never leaves a half-written file.
            File.Move(temporary, Path, overwrite: true);
            _entries = changed;
            _stamp = Stamp();
        }
    }

    // Another process writing at the same moment waits here: .NET takes the lock file exclusively (flock on Unix).
    private FileStream AcquireLock()
    {
        var deadline = DateTime.UtcNow + LockTimeout;
        while (true)
        {
            try
            {
                return new FileStream(Path + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(20);
            }
        }
    }

    private (DateTime, long)? Stamp()
    {
        var file = new FileInfo(Path);
        return file.Exists ? (file.LastWriteTimeUtc, file.Length) : null;
    }

    // A file that no longer reads (edited by hand, half-copied) must not stop the app: it is kept aside, and its
    // settings start empty. A single entry that is null is dropped with a warning.
    private List<T> Load()
    {
        if (!File.Exists(Path))
        {
            return [];
        }

        try
        {
            var entries = JsonSerializer.Deserialize<List<T?>>(File.ReadAllText(Path), Json) ?? [];
            if (entries.Contains(null))
            {
                logger.LogWarning("{File} has empty entries; they were ignored.", Path);
            }

            return [.. entries.OfType<T>()];
        }
        catch (JsonException e)
        {
            var aside = $"{Path}.unreadable-{DateTime.UtcNow:yyyyMMddHHmmssfff}";
            File.Move(Path, aside);
            logger.LogError(e, "{File} could not be read and was moved to {Aside}; its settings start empty.", Path, aside);
            return [];
        }
    }
}
