using System.Text;
using AgentStudio.Core.Exporting;

namespace AgentStudio.Exporting;

/// <summary>
/// Writes an exported project into a folder, all or nothing: every check happens first, the files are written to a
/// hidden sibling folder, and only then moved into place. It never deletes anything of the user's: with
/// <c>overwrite</c> it replaces the files the export writes and leaves every other file in the folder as it was.
/// </summary>
internal static class ProjectFolderWriter
{
    /// <summary>Writes <paramref name="files"/> into <paramref name="folder"/> (created when missing).</summary>
    /// <param name="folder">The project folder, an absolute path.</param>
    /// <param name="files">The files, with paths relative to the folder.</param>
    /// <param name="overwrite">Write into a folder that is not empty, replacing the files of the same names.</param>
    /// <returns>Null when written; else why nothing was written, in one sentence.</returns>
    public static string? Write(string folder, IReadOnlyList<GeneratedFile> files, bool overwrite)
    {
        ArgumentNullException.ThrowIfNull(files);
        folder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        if (File.Exists(folder))
        {
            return $"{folder} is a file, not a folder.";
        }

        var targets = new List<(GeneratedFile File, string FullPath)>(files.Count);
        foreach (var file in files)
        {
            var full = Path.GetFullPath(Path.Combine(folder, file.Path));
            // A generator's path is ours, but a path that leaves the folder would write where the user did not ask.
            if (Path.IsPathRooted(file.Path) || !full.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                return $"the export has a file outside the project folder ({file.Path}); nothing was written.";
            }

            targets.Add((file, full));
        }

        if (Directory.Exists(folder))
        {
            if (!overwrite && Directory.EnumerateFileSystemEntries(folder).Any())
            {
                return $"{folder} is not empty; give --force to write into it (the export's files are replaced, nothing else is changed or deleted).";
            }

            if (targets.FirstOrDefault(t => Directory.Exists(t.FullPath)) is { FullPath: { } clash })
            {
                return $"{clash} is a folder, where the export writes a file; nothing was written.";
            }

            if (targets.Select(t => BlockingFile(folder, t.FullPath)).FirstOrDefault(b => b is not null) is { } blocking)
            {
                return $"{blocking} is a file, where the export needs a folder; nothing was written.";
            }
        }

        var parent = Path.GetDirectoryName(folder) ?? folder;
        Directory.CreateDirectory(parent);
        // A sibling, so the final moves stay on one volume; hidden, so a crash leaves nothing that looks like the project.
        var staging = Path.Combine(parent, $".{Path.GetFileName(folder)}.export-{Guid.NewGuid():N}");
        try
        {
            foreach (var (file, full) in targets)
            {
                var staged = Path.Combine(staging, Path.GetRelativePath(folder, full));
                Directory.CreateDirectory(Path.GetDirectoryName(staged)!);
                File.WriteAllText(staged, file.Content, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            }

            if (!Directory.Exists(folder))
            {
                Directory.Move(staging, folder);
                return null;
            }

            foreach (var (_, full) in targets)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(full)!);
                File.Move(Path.Combine(staging, Path.GetRelativePath(folder, full)), full, overwrite: true);
            }

            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return $"could not write the project into {folder}: {e.Message}";
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    // The first existing file on the way from the folder to path's folder, if any (src is a file, src/main.ts is wanted).
    private static string? BlockingFile(string folder, string path)
    {
        for (var dir = Path.GetDirectoryName(path); dir is not null && dir.Length > folder.Length; dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(dir))
            {
                return dir;
            }
        }

        return null;
    }
}
