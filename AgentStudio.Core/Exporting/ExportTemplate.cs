using System.Text;
using AgentStudio.Core.Running.Tools;

namespace AgentStudio.Core.Exporting;

/// <summary>
/// Splits the templates of mock and HTTP tools (and MCP settings) into literal text, <c>{{argument}}</c>
/// placeholders and <c>${secret:NAME}</c> references, read exactly as the studio's run fills them, so every
/// generator writes code that builds the same text.
/// </summary>
public static class ExportTemplate
{
    private const string SecretOpening = "${secret:";

    /// <summary>The pieces of <paramref name="template"/>, adjacent literal text joined.</summary>
    /// <param name="template">The template.</param>
    /// <param name="arguments">Whether <c>{{name}}</c> placeholders count (tool templates) or stay literal text (MCP settings).</param>
    /// <param name="secrets">Whether <c>${secret:NAME}</c> references count or stay literal text (a mock tool's response).</param>
    public static IReadOnlyList<TemplatePart> Split(string template, bool arguments = true, bool secrets = true)
    {
        ArgumentNullException.ThrowIfNull(template);
        var parts = new List<TemplatePart>();
        var literal = new StringBuilder();
        var position = 0;
        while (position < template.Length)
        {
            if (arguments && TextTemplate.TryReadPlaceholder(template, position, "{{", "}}", out var path, out var next) && TextTemplate.IsPath(path))
            {
                Flush(parts, literal);
                parts.Add(new TemplatePart(TemplatePartKind.Argument, path));
                position = next;
            }
            else if (secrets && TextTemplate.TryReadPlaceholder(template, position, SecretOpening, "}", out var name, out next) && name.Length > 0)
            {
                Flush(parts, literal);
                parts.Add(new TemplatePart(TemplatePartKind.Secret, name));
                position = next;
            }
            else
            {
                literal.Append(template[position]);
                position++;
            }
        }

        Flush(parts, literal);
        return parts;
    }

    private static void Flush(List<TemplatePart> parts, StringBuilder literal)
    {
        if (literal.Length > 0)
        {
            parts.Add(new TemplatePart(TemplatePartKind.Literal, literal.ToString()));
            literal.Clear();
        }
    }
}
