using System.Text.Json;
using System.Text.RegularExpressions;
using AgentStudio.Core.Editing;
using AgentStudio.Diagram;
using AgentStudio.Tests.Support;

namespace AgentStudio.Tests.Diagram;

/// <summary>
/// The canvas's sizes are defined once, in <see cref="CanvasGeometry"/>: the stylesheet and the gesture scripts read
/// every size they use from what the server hands them, so none can drift from the C# drawing.
/// </summary>
public sealed partial class DiagramGeometryTests
{
    [Fact]
    public void EveryDiagramVariableTheStylesheetsUse_IsOneTheCanvasRootSets()
    {
        // The canvas's rules live in its components' own stylesheets (CSS isolation) and in the global one.
        var sheets = Directory.GetFiles(Path.Combine(RepositoryPaths.AppProject, "Diagram"), "*.razor.css").Append(Path.Combine(RepositoryPaths.WebRoot, "app.css"));
        var css = string.Concat(sheets.Select(File.ReadAllText));
        var set = CssVariable().Matches(DiagramGeometry.CssVariables).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);

        var used = CssVariable().Matches(css).Select(m => m.Value).ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(used);
        Assert.Subset(set, used);
        Assert.Contains($"--diagram-node-width:{CanvasGeometry.NodeWidth}px", DiagramGeometry.CssVariables, StringComparison.Ordinal);
    }

    [Fact]
    public void EverySizeTheGestureScriptsRead_IsOneTheServerHandsThem()
    {
        var handed = JsonSerializer.SerializeToElement(DiagramGeometry.ForScript, JsonSerializerOptions.Web)
            .EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetDouble(), StringComparer.Ordinal);
        var scripts = Directory.GetFiles(Path.Combine(RepositoryPaths.WebRoot, "js", "diagram"), "*.js").Select(File.ReadAllText).ToList();

        var read = scripts.SelectMany(s => GeometryMember().Matches(s)).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(read);
        Assert.Subset(handed.Keys.ToHashSet(StringComparer.Ordinal), read);
        Assert.Equal(CanvasGeometry.NodeWidth, handed["nodeWidth"]);
        // No script keeps a size of its own any more.
        Assert.DoesNotContain(scripts, s => s.Contains("NODE_WIDTH", StringComparison.Ordinal));
    }

    [GeneratedRegex("--diagram-[a-z-]+")]
    private static partial Regex CssVariable();

    [GeneratedRegex(@"(?<![/\w])geometry\.([a-zA-Z]+)")]
    private static partial Regex GeometryMember();
}
