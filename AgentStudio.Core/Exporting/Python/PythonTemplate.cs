using AgentStudio.Core.Designs;

namespace AgentStudio.Core.Exporting.Python;

/// <summary>Turns a tool's template into the pieces of an f-string that builds the same text the studio's run builds.</summary>
internal static class PythonTemplate
{
    /// <summary>
    /// The pieces of <paramref name="template"/>, or <see langword="null"/> after a refusal. A placeholder of a
    /// parameter becomes <paramref name="argument"/>'s expression, one of no parameter becomes nothing (the run fills
    /// it with empty text), and a secret becomes <paramref name="secret"/>'s expression.
    /// </summary>
    public static List<PythonStringPiece>? Pieces(
        PythonExportContext context,
        ToolDefinition tool,
        string template,
        IReadOnlyList<PythonParameter> parameters,
        Func<PythonParameter, string> argument,
        Func<string, string?>? secret)
    {
        var pieces = new List<PythonStringPiece>();
        foreach (var part in ExportTemplate.Split(template, arguments: true, secrets: secret is not null))
        {
            switch (part.Kind)
            {
                case TemplatePartKind.Literal:
                    pieces.Add(new PythonStringPiece(part.Text, IsExpression: false));
                    break;
                case TemplatePartKind.Argument:
                    var parameter = parameters.FirstOrDefault(p => p.Name == part.Text);
                    if (parameter is null && part.Text.Contains('.'))
                    {
                        context.Refuse(tool.Id, tool.Name,
                            $"Tool {tool.Name}: the placeholder {{{{{part.Text}}}}} reads inside an argument, which the Python export does not write.");
                        return null;
                    }

                    if (parameter is not null)
                    {
                        pieces.Add(new PythonStringPiece(argument(parameter), IsExpression: true));
                    }

                    break;
                case TemplatePartKind.Secret:
                    var expression = secret!(part.Text);
                    if (expression is null)
                    {
                        return null;
                    }

                    pieces.Add(new PythonStringPiece(expression, IsExpression: true));
                    break;
            }
        }

        return pieces;
    }

    /// <summary>An argument as the run writes it into text: a required string as it is, anything else through <c>_text</c>.</summary>
    public static string Text(PythonExportContext context, PythonParameter parameter)
    {
        if (parameter is { Required: true, Annotation: "str" })
        {
            return parameter.Name;
        }

        context.UsesText = true;
        return $"_text({parameter.Name})";
    }
}
