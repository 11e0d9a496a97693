namespace AgentStudio.Storage;

/// <summary>Where AgentStudio keeps its data; bound from the <c>AgentStudio</c> configuration section.</summary>
public sealed class StorageOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "AgentStudio";

    /// <summary>The database file's name inside <see cref="DataFolder"/>.</summary>
    public const string DatabaseFileName = "agentstudio.db";

    /// <summary>The data folder; empty means <see cref="DefaultDataFolder"/>.</summary>
    public string? DataFolder { get; set; }

    /// <summary>The data folder actually used.</summary>
    public string ResolvedDataFolder => string.IsNullOrWhiteSpace(DataFolder) ? DefaultDataFolder() : Path.GetFullPath(DataFolder);

    /// <summary>The SQLite database file.</summary>
    public string DatabasePath => Path.Combine(ResolvedDataFolder, DatabaseFileName);

    /// <summary>~/.local/share/AgentStudio on Linux, %LOCALAPPDATA%\AgentStudio on Windows; ~/.agentstudio where neither is known.</summary>
    public static string DefaultDataFolder()
    {
        var local = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
        return string.IsNullOrEmpty(local)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".agentstudio")
            : Path.Combine(local, "AgentStudio");
    }
}
