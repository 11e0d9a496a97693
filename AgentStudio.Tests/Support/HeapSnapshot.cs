using System.Globalization;
using System.Text.RegularExpressions;

namespace AgentStudio.Tests.Support;

/// <summary>
/// One look at a running app's memory: its resident set (from /proc) and a dotnet-gcdump of its managed heap, which
/// the runtime takes after a full blocking collection, so what it counts is what is still rooted. Needs the repository's
/// local tools restored (<c>dotnet tool restore</c>).
/// </summary>
internal sealed partial class HeapSnapshot
{
    private readonly Dictionary<string, (long Bytes, long Count)> _types;

    private HeapSnapshot(string label, long residentBytes, long heapBytes, Dictionary<string, (long, long)> types, string report)
    {
        Label = label;
        ResidentBytes = residentBytes;
        HeapBytes = heapBytes;
        _types = types;
        Report = report;
    }

    /// <summary>The phase the snapshot was taken in.</summary>
    public string Label { get; }

    /// <summary>The process's resident set size (VmRSS) just before the heap dump.</summary>
    public long ResidentBytes { get; }

    /// <summary>The bytes of live objects on the managed heap after a full collection.</summary>
    public long HeapBytes { get; }

    /// <summary>The full <c>dotnet-gcdump report</c> text.</summary>
    public string Report { get; }

    /// <summary>Takes a snapshot of process <paramref name="processId"/>; the dump and its report stay in /tmp/agentstudio-memory/.</summary>
    public static async Task<HeapSnapshot> TakeAsync(int processId, string label, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetTempPath(), "agentstudio-memory");
        Directory.CreateDirectory(folder);
        var dump = Path.Combine(folder, $"{label}.gcdump");
        var resident = ResidentSetBytes(processId);
        await DotnetCli.RunAsync(["tool", "run", "dotnet-gcdump", "collect", "-p", processId.ToString(CultureInfo.InvariantCulture), "-o", dump], cancellationToken);
        var (_, report) = await DotnetCli.RunAsync(["tool", "run", "dotnet-gcdump", "report", dump], cancellationToken);
        await File.WriteAllTextAsync(Path.ChangeExtension(dump, ".txt"), report, cancellationToken);
        return Parse(label, resident, report);
    }

    /// <summary>How many live objects of <paramref name="type"/> (full name) the heap held.</summary>
    public long Count(string type) => _types.TryGetValue(type, out var entry) ? entry.Count : 0;

    /// <summary>The <paramref name="count"/> types holding the most bytes, one per line, largest first.</summary>
    public string Largest(int count) => string.Join('\n', _types.OrderByDescending(t => t.Value.Bytes).Take(count)
        .Select(t => $"  {t.Value.Bytes / 1024.0,10:F1} KB {t.Value.Count,8} {t.Key}"));

    /// <summary>One line per snapshot: resident set, heap, and the count of each type asked for.</summary>
    public string Summary(IEnumerable<string> types) =>
        $"{Label,-16} RSS {ResidentBytes / 1_048_576.0,7:F1} MB  heap {HeapBytes / 1_048_576.0,7:F1} MB  " +
        string.Join("  ", types.Select(t => $"{t[(t.LastIndexOf('.') + 1)..]}={Count(t)}"));

    private static HeapSnapshot Parse(string label, long resident, string report)
    {
        var heap = HeapTotal().Match(report) is { Success: true } total ? long.Parse(total.Groups[1].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture) : 0;
        var types = new Dictionary<string, (long, long)>(StringComparer.Ordinal);
        foreach (Match row in TypeRow().Matches(report))
        {
            // The report splits big instances of a type into their own rows ("(Bytes > 10K)"): add them up.
            var name = row.Groups[3].Value.Trim();
            var (bytes, count) = types.GetValueOrDefault(name);
            // Its first column is the size of one object of the row, so a row holds size × count bytes.
            var rowCount = Number(row.Groups[2].Value);
            types[name] = (bytes + (Number(row.Groups[1].Value) * rowCount), count + rowCount);
        }

        return new HeapSnapshot(label, resident, heap, types, report);
    }

    private static long Number(string text) => long.Parse(text.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);

    private static long ResidentSetBytes(int processId)
    {
        var line = File.ReadLines($"/proc/{processId}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }

    [GeneratedRegex(@"^\s*([\d,]+)\s+GC Heap bytes", RegexOptions.Multiline)]
    private static partial Regex HeapTotal();

    [GeneratedRegex(@"^\s*([\d,]+)\s+([\d,]+)\s+(.+?)(?:\s+\(Bytes > [^)]*\))?\s+\[[^\]]*\]\s*$", RegexOptions.Multiline)]
    private static partial Regex TypeRow();
}
