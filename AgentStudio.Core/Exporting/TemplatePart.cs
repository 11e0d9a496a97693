namespace AgentStudio.Core.Exporting;

/// <summary>What a piece of a tool's template stands for.</summary>
public enum TemplatePartKind
{
    /// <summary>Text written as it is.</summary>
    Literal,

    /// <summary>A <c>{{name}}</c> placeholder: the call's argument of that name (or dotted path).</summary>
    Argument,

    /// <summary>A <c>${secret:NAME}</c> reference: in exported code, the environment variable <c>NAME</c>.</summary>
    Secret,
}

/// <summary>One piece of a template split by <see cref="ExportTemplate.Split"/>.</summary>
/// <param name="Kind">What the piece stands for.</param>
/// <param name="Text">The literal text, the argument's path, or the secret's name.</param>
public sealed record TemplatePart(TemplatePartKind Kind, string Text);
