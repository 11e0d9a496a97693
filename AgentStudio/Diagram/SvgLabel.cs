using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace AgentStudio.Diagram;

/// <summary>An SVG <c>text</c> element; Razor reserves the <c>text</c> tag, so it is built in code.</summary>
public sealed class SvgLabel : ComponentBase
{
    /// <summary>The CSS class.</summary>
    [Parameter]
    public string? Class { get; set; }

    /// <summary>Horizontal centre.</summary>
    [Parameter]
    public double X { get; set; }

    /// <summary>Baseline.</summary>
    [Parameter]
    public double Y { get; set; }

    /// <summary>The text.</summary>
    [Parameter]
    public string Text { get; set; } = "";

    /// <inheritdoc />
    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        builder.OpenElement(0, "text");
        builder.AddAttribute(1, "class", Class);
        builder.AddAttribute(2, "x", X.ToString("0.#", CultureInfo.InvariantCulture));
        builder.AddAttribute(3, "y", Y.ToString("0.#", CultureInfo.InvariantCulture));
        builder.AddAttribute(4, "text-anchor", "middle");
        builder.AddContent(5, Text);
        builder.CloseElement();
    }
}
