using System.Text;

namespace AgentStudio.Core.Exporting.TypeScript;

/// <summary>
/// An HTTP tool's or MCP server's template as a TypeScript expression that builds the same text: a string literal when
/// nothing is filled in, the expression itself when the template is one placeholder, else a template literal.
/// </summary>
internal static class TsTemplate
{
    /// <summary>The expression for <paramref name="parts"/>.</summary>
    /// <param name="parts">The template, split by <see cref="ExportTemplate.Split"/>.</param>
    /// <param name="argument">The text expression of an argument path, or <see langword="null"/> for one that fills in nothing.</param>
    /// <param name="secret">The text expression of a secret.</param>
    public static TsNode Of(IReadOnlyList<TemplatePart> parts, Func<string, string?> argument, Func<string, string> secret)
    {
        var pieces = new List<(bool IsExpression, string Text)>();
        foreach (var part in parts)
        {
            var piece = part.Kind switch
            {
                TemplatePartKind.Argument => argument(part.Text) is { } expression ? (true, expression) : ((bool, string)?)null,
                TemplatePartKind.Secret => (true, secret(part.Text)),
                _ => (false, part.Text),
            };
            if (piece is not { } p)
            {
                continue;
            }

            if (!p.Item1 && pieces.Count > 0 && !pieces[^1].IsExpression)
            {
                pieces[^1] = (false, pieces[^1].Text + p.Item2);
            }
            else
            {
                pieces.Add(p);
            }
        }

        if (pieces.All(p => !p.IsExpression))
        {
            return new TsString(string.Concat(pieces.Select(p => p.Text)));
        }

        if (pieces is [{ IsExpression: true } only])
        {
            return new TsRaw(only.Text);
        }

        var text = new StringBuilder("`");
        foreach (var (isExpression, piece) in pieces)
        {
            text.Append(isExpression ? $"${{{piece}}}" : TsLiteral.TemplateText(piece));
        }

        return new TsRaw(text.Append('`').ToString());
    }
}
