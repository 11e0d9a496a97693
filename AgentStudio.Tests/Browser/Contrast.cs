using System.Globalization;
using System.Text.RegularExpressions;

namespace AgentStudio.Tests.Browser;

/// <summary>WCAG 2 contrast of computed CSS colours, for what axe does not check (SVG text such as edge labels).</summary>
internal static partial class Contrast
{
    /// <summary>The least contrast WCAG 2 AA asks of normal text.</summary>
    public const double NormalText = 4.5;

    /// <summary>The contrast ratio of two opaque colours, from 1 to 21.</summary>
    public static double Ratio(string foreground, string background)
    {
        var a = RelativeLuminance(Parse(foreground));
        var b = RelativeLuminance(Parse(background));
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }

    /// <summary>Reads a computed <c>rgb(r, g, b)</c> or <c>rgba(r, g, b, a)</c>; the alpha must be 1 (contrast of blends is axe's job).</summary>
    public static (double R, double G, double B) Parse(string cssColor)
    {
        var match = RgbPattern().Match(cssColor);
        if (!match.Success)
        {
            throw new FormatException($"Not an rgb() colour: '{cssColor}'.");
        }

        if (match.Groups["a"].Success && double.Parse(match.Groups["a"].Value, CultureInfo.InvariantCulture) < 1)
        {
            throw new FormatException($"'{cssColor}' is translucent; compare opaque colours.");
        }

        return (Channel(match, "r"), Channel(match, "g"), Channel(match, "b"));
    }

    /// <summary>WCAG 2's relative luminance of an sRGB colour whose channels run 0–255.</summary>
    public static double RelativeLuminance((double R, double G, double B) color) =>
        (0.2126 * Linear(color.R)) + (0.7152 * Linear(color.G)) + (0.0722 * Linear(color.B));

    private static double Channel(Match match, string name) => double.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture);

    private static double Linear(double channel)
    {
        var c = channel / 255;
        return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }

    [GeneratedRegex(@"^rgba?\(\s*(?<r>[\d.]+)[,\s]+(?<g>[\d.]+)[,\s]+(?<b>[\d.]+)(?:\s*[,/]\s*(?<a>[\d.]+))?\s*\)$")]
    private static partial Regex RgbPattern();
}
