using System.Text;

namespace AgentStudio.Core.Exporting.TypeScript;

/// <summary>
/// Lays out <see cref="TsNode"/>s as prettier does with its defaults (80 columns, 2 spaces, trailing commas): a node
/// stays on one line when it fits, else it breaks the way prettier breaks that kind of node. Only the kinds of
/// expression the exporter writes are covered; the golden files are checked with prettier itself.
/// </summary>
internal static class TsLayout
{
    /// <summary>The line width prettier fills to.</summary>
    public const int Width = 80;

    /// <summary>
    /// Writes <paramref name="node"/> starting at column <paramref name="column"/> of a line indented by
    /// <paramref name="indent"/>, followed by <paramref name="suffix"/> (a comma, a semicolon).
    /// </summary>
    public static string Render(TsNode node, int indent, int column, string suffix)
    {
        var flat = Flat(node);
        if (flat is not null && (column + flat.Length + suffix.Length <= Width || node is TsRaw or TsString))
        {
            return flat + suffix;
        }

        return node switch
        {
            TsObject o => RenderObject(o, indent, suffix),
            TsArray a => RenderList("[", a.Items, "]", indent, suffix),
            TsCall c => RenderCall(c, indent, column, suffix),
            TsChain c => RenderChain(c, indent, suffix),
            TsArrow a => $"{a.Parameters} =>\n{Pad(indent + 2)}{Render(a.Body, indent + 2, indent + 2, suffix)}",
            TsBlockArrow a => RenderBlock(a, indent, suffix),
            _ => throw new InvalidOperationException($"{node.GetType().Name} has no broken layout."),
        };
    }

    /// <summary>The node on one line, or <see langword="null"/> when it must break (a non-empty object).</summary>
    public static string? Flat(TsNode node)
    {
        switch (node)
        {
            case TsRaw r:
                return r.Text;
            case TsString s:
                return s.Literal;
            case TsObject o:
                return o.Properties.Count == 0 ? "{}" : null;
            case TsArray a:
                var items = FlatAll(a.Items);
                return items is null ? null : $"[{items}]";
            case TsCall c:
                var arguments = FlatAll(c.Arguments);
                return arguments is null ? null : $"{c.Callee}({arguments})";
            case TsChain chain:
                var calls = chain.Calls.Select(Flat).ToList();
                return calls.Any(c => c is null) ? null : chain.Head + string.Concat(calls);
            case TsArrow arrow:
                var body = Flat(arrow.Body);
                return body is null ? null : $"{arrow.Parameters} => {body}";
            default:
                return null;
        }
    }

    /// <summary>Spaces for an indentation.</summary>
    public static string Pad(int indent) => new(' ', indent);

    private static string? FlatAll(IReadOnlyList<TsNode> nodes)
    {
        var parts = nodes.Select(Flat).ToList();
        return parts.Any(p => p is null) ? null : string.Join(", ", parts);
    }

    private static string RenderObject(TsObject o, int indent, string suffix)
    {
        var text = new StringBuilder("{\n");
        var inner = indent + 2;
        foreach (var property in o.Properties)
        {
            foreach (var line in property.Comment ?? [])
            {
                text.Append(Pad(inner)).Append(line.Length == 0 ? "//" : "// " + line).Append('\n');
            }

            text.Append(Pad(inner)).Append(RenderProperty(property, inner)).Append('\n');
        }

        return text.Append(Pad(indent)).Append('}').Append(suffix).ToString();
    }

    private static string RenderProperty(TsProperty property, int indent)
    {
        var head = property.Key + ":";
        var flat = Flat(property.Value);
        if (property.Value is TsString && indent + head.Length + 1 + flat!.Length + 1 > Width)
        {
            // prettier breaks after the colon when a string does not fit beside its key.
            return $"{head}\n{Pad(indent + 2)}{flat},";
        }

        return $"{head} {Render(property.Value, indent, indent + head.Length + 1, ",")}";
    }

    private static string RenderList(string open, IReadOnlyList<TsNode> items, string close, int indent, string suffix)
    {
        var text = new StringBuilder(open).Append('\n');
        foreach (var item in items)
        {
            text.Append(Pad(indent + 2)).Append(Render(item, indent + 2, indent + 2, ",")).Append('\n');
        }

        return text.Append(Pad(indent)).Append(close).Append(suffix).ToString();
    }

    private static string RenderCall(TsCall call, int indent, int column, string suffix)
    {
        var arguments = call.Arguments;
        if (arguments.Count > 0 && arguments[^1] is TsObject { Properties.Count: > 0 } last)
        {
            // The last argument is an object: prettier hugs it, `callee(a, {` … `})`.
            var others = FlatAll(arguments.Take(arguments.Count - 1).ToList());
            var opening = $"{call.Callee}({(others is { Length: > 0 } ? others + ", " : "")}";

            // Only when the line up to the object's brace fits; else every argument goes on a line of its own.
            if (others is not null && column + opening.Length + 1 <= Width)
            {
                return opening + RenderObject(last, indent, ")" + suffix);
            }
        }

        return RenderList($"{call.Callee}(", arguments, ")", indent, suffix);
    }

    private static string RenderBlock(TsBlockArrow arrow, int indent, string suffix)
    {
        var text = new StringBuilder(arrow.Parameters).Append(" => {\n");
        foreach (var statement in arrow.Body)
        {
            var column = indent + 2 + statement.Prefix.Length;
            text.Append(Pad(indent + 2)).Append(statement.Prefix).Append(Render(statement.Expression, indent + 2, column, ";")).Append('\n');
        }

        return text.Append(Pad(indent)).Append('}').Append(suffix).ToString();
    }

    private static string RenderChain(TsChain chain, int indent, string suffix)
    {
        var text = new StringBuilder(chain.Head);
        for (var i = 0; i < chain.Calls.Count; i++)
        {
            var callSuffix = i == chain.Calls.Count - 1 ? suffix : "";
            text.Append('\n').Append(Pad(indent + 2)).Append(Render(chain.Calls[i], indent + 2, indent + 2, callSuffix));
        }

        return text.ToString();
    }
}
