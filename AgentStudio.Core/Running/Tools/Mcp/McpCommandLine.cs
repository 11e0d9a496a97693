using System.Text;
using AgentStudio.Core.Designs;

namespace AgentStudio.Core.Running.Tools.Mcp;

/// <summary>
/// The exact program an <c>mcp</c> tool asks AgentStudio to start: command, arguments and environment (names with
/// the values as the design writes them, so <c>${secret:NAME}</c> references are part of what is trusted). Two
/// command lines are the same only when all three are equal.
/// </summary>
public sealed record McpCommandLine
{
    /// <summary>A command line of <paramref name="command"/> with its arguments and environment.</summary>
    public McpCommandLine(string command, IReadOnlyList<string>? arguments = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(command);
        Command = command;
        Arguments = [.. arguments ?? []];
        Environment = new SortedDictionary<string, string>(environment?.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal) ?? [], StringComparer.Ordinal);
    }

    /// <summary>The program.</summary>
    public string Command { get; }

    /// <summary>Its arguments, in order.</summary>
    public IReadOnlyList<string> Arguments { get; }

    /// <summary>The environment variables it is given, by name, with their values as written in the design.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; }

    /// <summary>The command line of a stdio MCP tool, or null for one that connects to a URL.</summary>
    public static McpCommandLine? Of(McpTool tool)
    {
        ArgumentNullException.ThrowIfNull(tool);
        return string.IsNullOrWhiteSpace(tool.Command) ? null : new McpCommandLine(tool.Command, tool.Arguments, tool.Environment);
    }

    /// <summary>
    /// How a person reads it, as a shell would take it: <c>NAME=value command 'an argument'</c>. Also the form the
    /// trusted list stores, since quoting makes it unambiguous.
    /// </summary>
    public string Text
    {
        get
        {
            var text = new StringBuilder();
            foreach (var (name, value) in Environment)
            {
                text.Append(Quote(name)).Append('=').Append(Quote(value)).Append(' ');
            }

            text.Append(Quote(Command));
            foreach (var argument in Arguments)
            {
                text.Append(' ').Append(Quote(argument));
            }

            return text.ToString();
        }
    }

    /// <inheritdoc />
    public bool Equals(McpCommandLine? other) => other is not null && Text == other.Text;

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Text);

    /// <inheritdoc />
    public override string ToString() => Text;

    // Single quotes as in POSIX shells: plain words stay bare, anything else is quoted with ' escaped as '\''.
    private static string Quote(string word) =>
        word.Length > 0 && word.All(c => char.IsAsciiLetterOrDigit(c) || "-_./:@%+,=".Contains(c, StringComparison.Ordinal))
            ? word
            : "'" + word.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
