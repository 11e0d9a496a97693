using System.Globalization;
using System.Text;

namespace AgentStudio.Tests.Browser.CanvasMeasuring;

/// <summary>The measurement's Markdown table: one row per design size, each cell the median of the runs.</summary>
internal static class CanvasTable
{
    /// <summary>The table, with a line before it saying what was measured on what.</summary>
    public static string Markdown(IEnumerable<CanvasSizeResult> sizes, string note)
    {
        var text = new StringBuilder();
        text.AppendLine(note).AppendLine();
        text.AppendLine("| nodes / links | first graph paint | interactive | zoom | drag frames, median / p95 / over 20 ms (of n) | pan median / p95 | zoom median / p95 | JS heap | HTML | circuit on open | server per designer circuit | per playground circuit |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var size in sizes)
        {
            var runs = size.Runs;
            text.Append(CultureInfo.InvariantCulture, $"| {size.Nodes:N0} / {2 * size.Nodes:N0} ")
                .Append(CultureInfo.InvariantCulture, $"| {Seconds(Median(runs, r => r.FirstGraphPaintMs))} ")
                .Append(CultureInfo.InvariantCulture, $"| {Seconds(Median(runs, r => r.InteractiveMs))} ")
                .Append(CultureInfo.InvariantCulture, $"| {runs.Select(r => r.Zoom).FirstOrDefault()} ")
                .Append(CultureInfo.InvariantCulture, $"| {Ms(Median(runs, r => r.Drag.MedianMs))} / {Ms(Median(runs, r => r.Drag.P95Ms))} / {Median(runs, r => r.Drag.Over20Ms):F0} (of {Median(runs, r => r.Drag.Frames):F0}) ")
                .Append(CultureInfo.InvariantCulture, $"| {Ms(Median(runs, r => r.Pan.MedianMs))} / {Ms(Median(runs, r => r.Pan.P95Ms))} ")
                .Append(CultureInfo.InvariantCulture, $"| {Ms(Median(runs, r => r.Zoom1s.MedianMs))} / {Ms(Median(runs, r => r.Zoom1s.P95Ms))} ")
                .Append(CultureInfo.InvariantCulture, $"| {Megabytes(Median(runs, r => r.JsHeapBytes))} ")
                .Append(CultureInfo.InvariantCulture, $"| {Megabytes(Median(runs, r => r.HtmlBytes))} ")
                .Append(CultureInfo.InvariantCulture, $"| {Megabytes(Median(runs, r => r.CircuitBytesOnOpen))} ")
                .Append(CultureInfo.InvariantCulture, $"| {Megabytes(size.DesignerCircuitBytes)} ")
                .Append(CultureInfo.InvariantCulture, $"| {Megabytes(size.PlaygroundCircuitBytes)} |")
                .AppendLine();
        }

        return text.ToString();
    }

    /// <summary>The median of a figure over the runs (the mean of the middle two for an even count).</summary>
    public static double Median(IReadOnlyList<CanvasRun> runs, Func<CanvasRun, double> figure)
    {
        var sorted = runs.Select(figure).Where(v => !double.IsNaN(v)).Order().ToArray();
        return sorted.Length == 0 ? double.NaN : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }

    private static string Seconds(double ms) => double.IsNaN(ms) ? "—" : (ms / 1000).ToString("F2", CultureInfo.InvariantCulture) + " s";

    private static string Ms(double ms) => double.IsNaN(ms) ? "—" : ms.ToString("F1", CultureInfo.InvariantCulture);

    private static string Megabytes(double? bytes) => bytes is null || double.IsNaN(bytes.Value) ? "—" : (bytes.Value / 1_048_576).ToString("F1", CultureInfo.InvariantCulture) + " MB";
}
