using System.Globalization;
using System.Text;

namespace AgentStudio.Core.Running.Requests;

/// <summary>
/// JSON text written as Python's <c>json.dumps</c> writes it with its defaults (<c>", "</c> and <c>": "</c> between
/// items, every character outside ASCII escaped), for the few outputs the Agents SDK builds that way: the model must
/// read the same bytes from AgentStudio as from a deployed SDK.
/// </summary>
internal static class PythonJsonText
{
    /// <summary>The handoff's tool output, <c>{"assistant": "Name"}</c>, as the SDK's <c>Handoff.get_transfer_message</c>.</summary>
    public static string HandoffOutput(string agentName) => $"{{\"assistant\": {Quote(agentName)}}}";

    /// <summary>A JSON string literal of <paramref name="text"/>, escaped as <c>json.dumps</c> escapes it.</summary>
    public static string Quote(string text)
    {
        var quoted = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': quoted.Append("\\\""); break;
                case '\\': quoted.Append("\\\\"); break;
                case '\n': quoted.Append("\\n"); break;
                case '\r': quoted.Append("\\r"); break;
                case '\t': quoted.Append("\\t"); break;
                case '\b': quoted.Append("\\b"); break;
                case '\f': quoted.Append("\\f"); break;
                // Control characters and everything beyond ASCII, one \uXXXX per UTF-16 unit (surrogate pairs as two).
                case < ' ' or > '~': quoted.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
                default: quoted.Append(c); break;
            }
        }

        return quoted.Append('"').ToString();
    }
}
