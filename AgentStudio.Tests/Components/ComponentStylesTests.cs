using System.Text.RegularExpressions;
using AgentStudio.Tests.Support;

namespace AgentStudio.Tests.Components;

/// <summary>Components take their colours from the theme's CSS variables, not from colour literals.</summary>
public sealed partial class ComponentStylesTests
{
    // A hex colour or an rgb()/rgba() of numbers as a declaration's value; rgba(var(--mud-palette-primary-rgb), …) is the theme's.
    [GeneratedRegex(@":[^;{}]*(#[0-9a-fA-F]{3,8}\b|rgba?\(\s*\d)")]
    private static partial Regex ColourLiteral();

    public static TheoryData<string> ComponentStyleSheets() => [.. Sheets()];

    private static IEnumerable<string> Sheets() =>
        Directory.EnumerateFiles(RepositoryPaths.AppProject, "*.razor.css", SearchOption.AllDirectories)
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                        && !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(path => Path.GetRelativePath(RepositoryPaths.AppProject, path))
            .Order(StringComparer.Ordinal);

    [Fact]
    public void TheDiagramAndPlayground_HaveTheirOwnStyleSheets()
    {
        var sheets = Sheets().ToList();

        Assert.Contains(Path.Combine("Diagram", "DiagramCanvas.razor.css"), sheets);
        Assert.Contains(Path.Combine("Components", "Pages", "Playground", "PlaygroundPage.razor.css"), sheets);
    }

    [Theory]
    [MemberData(nameof(ComponentStyleSheets))]
    public void ColourLiterals_AreExplainedByAComment(string sheet)
    {
        var lines = File.ReadAllLines(Path.Combine(RepositoryPaths.AppProject, sheet));

        var unexplained = lines
            .Select((line, index) => (Line: line, Number: index + 1))
            .Where(l => ColourLiteral().IsMatch(l.Line))
            .Where(l => !l.Line.Contains("/*", StringComparison.Ordinal) && (l.Number < 2 || !lines[l.Number - 2].Contains("/*", StringComparison.Ordinal)))
            .Select(l => $"{sheet}:{l.Number}: {l.Line.Trim()}");

        Assert.Empty(unexplained);
    }
}
