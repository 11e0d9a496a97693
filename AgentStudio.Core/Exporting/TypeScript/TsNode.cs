namespace AgentStudio.Core.Exporting.TypeScript;

/// <summary>An expression of the generated TypeScript, laid out by <see cref="TsLayout"/>.</summary>
internal abstract record TsNode;

/// <summary>Text that is never broken: an identifier, a number, a literal.</summary>
internal sealed record TsRaw(string Text) : TsNode;

/// <summary>A string literal; as a property value that does not fit, it moves to the next line (prettier's rule).</summary>
internal sealed record TsString(string Text) : TsNode
{
    public string Literal { get; } = TsLiteral.String(Text);
}

/// <summary>An object literal, written with one property a line (prettier keeps objects written that way).</summary>
internal sealed record TsObject(IReadOnlyList<TsProperty> Properties) : TsNode;

/// <summary>A property of an object literal, with the comment lines written above it.</summary>
internal sealed record TsProperty(string Key, TsNode Value, IReadOnlyList<string>? Comment = null);

/// <summary>An array literal: on one line if it fits, else one item a line.</summary>
internal sealed record TsArray(IReadOnlyList<TsNode> Items) : TsNode;

/// <summary>A call (<c>handoff(a, {…})</c>, <c>new Agent({…})</c>); in a chain the callee starts with a dot.</summary>
internal sealed record TsCall(string Callee, IReadOnlyList<TsNode> Arguments) : TsNode;

/// <summary>A member chain of two calls or more (<c>z.string().describe("…")</c>).</summary>
internal sealed record TsChain(string Head, IReadOnlyList<TsCall> Calls) : TsNode;

/// <summary>An arrow function with an expression body.</summary>
internal sealed record TsArrow(string Parameters, TsNode Body) : TsNode;

/// <summary>A statement of a block: <paramref name="Prefix"/> (<c>return </c>, <c>const x = </c>) and an expression, ended by a semicolon.</summary>
internal sealed record TsStatement(string Prefix, TsNode Expression);

/// <summary>An arrow function with a block body, always written over several lines.</summary>
internal sealed record TsBlockArrow(string Parameters, IReadOnlyList<TsStatement> Body) : TsNode;
