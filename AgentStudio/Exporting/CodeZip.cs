using System.IO.Compression;
using System.Text;
using AgentStudio.Core.Exporting;

namespace AgentStudio.Exporting;

/// <summary>An exported project as a .zip: the same paths the CLI writes, in the export's order, at the archive's root.</summary>
internal static class CodeZip
{
    // Every entry carries this date, so that the same design gives the same bytes (as reproducible builds do).
    private static readonly DateTimeOffset EntryTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>The archive's bytes; entries in <paramref name="files"/>' order, UTF-8 without a byte order mark.</summary>
    public static byte[] Create(IReadOnlyList<GeneratedFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        using var buffer = new MemoryStream();
        using (var archive = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var file in files)
            {
                var entry = archive.CreateEntry(file.Path, CompressionLevel.Optimal);
                entry.LastWriteTime = EntryTime;
                using var stream = entry.Open();
                stream.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(file.Content));
            }
        }

        return buffer.ToArray();
    }
}
