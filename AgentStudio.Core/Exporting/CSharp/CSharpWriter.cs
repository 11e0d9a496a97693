using System.Text;

namespace AgentStudio.Core.Exporting.CSharp;

/// <summary>Writes source text as dotnet format leaves it: four-space indentation, <c>\n</c> line ends, no trailing spaces.</summary>
internal sealed class CSharpWriter
{
    private readonly StringBuilder _text = new();
    private int _depth;

    /// <summary>Writes one line at the current indentation; an empty line has no indentation.</summary>
    public CSharpWriter Line(string line = "")
    {
        if (line.Length > 0)
        {
            _text.Append(' ', _depth * 4).Append(line);
        }

        _text.Append('\n');
        return this;
    }

    /// <summary>Indents the lines that follow one level more (continuation lines of a call).</summary>
    public CSharpWriter Indent()
    {
        _depth++;
        return this;
    }

    /// <summary>Ends an <see cref="Indent"/>.</summary>
    public CSharpWriter Dedent()
    {
        _depth--;
        return this;
    }

    /// <summary>Writes <c>{</c> on its own line and indents what follows.</summary>
    public CSharpWriter Open(string brace = "{")
    {
        Line(brace);
        _depth++;
        return this;
    }

    /// <summary>Ends an indented block with <paramref name="brace"/> (for example <c>}</c>, <c>},</c> or <c>});</c>).</summary>
    public CSharpWriter Close(string brace = "}")
    {
        _depth--;
        return Line(brace);
    }

    /// <summary>Writes <c>//</c> comment lines (an empty line gives a bare <c>//</c>).</summary>
    public CSharpWriter Comment(IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            Line(line.Length == 0 ? "//" : "// " + line);
        }

        return this;
    }

    /// <summary>The text written so far.</summary>
    public override string ToString() => _text.ToString();
}
