using Ganss.Xss;
using Markdig;
using Microsoft.AspNetCore.Components;

namespace AgentStudio.Playground;

/// <summary>
/// Renders a model's Markdown answer as HTML that is safe to show: raw HTML in the text is escaped by Markdig,
/// and what Markdown itself produces (links, images) is cleaned by HtmlSanitizer, so a script in an answer is
/// shown as text and never runs.
/// </summary>
public static class MarkdownRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build();
    private static readonly HtmlSanitizer Sanitizer = new();

    /// <summary>The answer as sanitized HTML.</summary>
    public static MarkupString Render(string markdown) =>
        new(Sanitizer.Sanitize(Markdown.ToHtml(markdown ?? "", Pipeline)));
}
