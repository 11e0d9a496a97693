using System.Buffers;
using System.Buffers.Text;
using System.Text;
using System.Text.Json;
using AgentStudio.Core.Validation;

namespace AgentStudio.Core.Serialization;

/// <summary>
/// Checks the text of a design file below the level of JSON values: that its bytes are UTF-8, that no
/// string or property name escapes an unpaired surrogate (which no .NET string can be read from without
/// an exception), and that no object names a property twice.
/// </summary>
internal static class DesignTextChecker
{
    private const int ReportedPerCode = 20;

    /// <summary>Finds the first byte that is not part of a UTF-8 character, or returns null when all are.</summary>
    public static DesignProblem? CheckUtf8(ReadOnlySpan<byte> text)
    {
        if (System.Text.Unicode.Utf8.IsValid(text))
        {
            return null;
        }

        var offset = 0;
        while (Rune.DecodeFromUtf8(text[offset..], out _, out var length) == OperationStatus.Done)
        {
            offset += length;
        }

        var before = text[..offset];
        var line = before.Count((byte)'\n') + 1;
        var column = offset - (before.LastIndexOf((byte)'\n') + 1) + 1;
        return new DesignProblem(ProblemCodes.InvalidUtf8, ProblemSeverity.Error,
            $"The file is not UTF-8 text: the byte at line {line}, column {column} (byte offset {offset}) is no UTF-8 character. Save the file as UTF-8.",
            JsonPaths.Root);
    }

    /// <summary>
    /// Reports unpaired surrogate escapes (errors) and repeated property names (warnings: the last value
    /// wins, as JavaScript and the rest of the loader read it), each with its JSON path.
    /// </summary>
    /// <param name="json">Text that already parsed as JSON within <paramref name="maxDepth"/>.</param>
    /// <param name="maxDepth">The depth limit the text was parsed with.</param>
    public static IReadOnlyList<DesignProblem> CheckStrings(ReadOnlySpan<byte> json, int maxDepth)
    {
        var problems = new List<DesignProblem>();
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = maxDepth, CommentHandling = JsonCommentHandling.Disallow });
        var frames = new List<Frame>();
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    frames.Add(new Frame(ValuePath(frames), reader.TokenType == JsonTokenType.StartArray));
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    frames.RemoveAt(frames.Count - 1);
                    Advance(frames);
                    break;
                case JsonTokenType.PropertyName:
                    CheckName(ref reader, frames[^1], problems);
                    break;
                default:
                    if (reader.TokenType == JsonTokenType.String && reader.ValueIsEscaped && HasLoneSurrogate(reader.ValueSpan))
                    {
                        problems.Add(LoneSurrogate(ValuePath(frames), "This string"));
                    }

                    Advance(frames);
                    break;
            }
        }

        return DesignProblemLimits.Cap(problems, ReportedPerCode);
    }

    private static void CheckName(ref Utf8JsonReader reader, Frame frame, List<DesignProblem> problems)
    {
        if (reader.ValueIsEscaped && HasLoneSurrogate(reader.ValueSpan))
        {
            // The name cannot become a string; the path shows it as it is written in the file.
            frame.Name = Encoding.UTF8.GetString(reader.ValueSpan);
            problems.Add(LoneSurrogate(JsonPaths.Property(frame.Path, frame.Name), "This property name"));
            return;
        }

        frame.Name = reader.GetString()!;
        frame.Names ??= new HashSet<string>(StringComparer.Ordinal);
        if (!frame.Names.Add(frame.Name))
        {
            var path = JsonPaths.Property(frame.Path, frame.Name);
            problems.Add(new DesignProblem(ProblemCodes.DuplicateProperty, ProblemSeverity.Warning,
                $"The property {path} is written more than once in its object; the last value is used and the others are dropped when the design is saved.",
                path));
        }
    }

    private static DesignProblem LoneSurrogate(string path, string what) =>
        new(ProblemCodes.LoneSurrogate, ProblemSeverity.Error,
            $"{what} at {path} holds an unpaired surrogate escape (\\ud800 to \\udfff without its partner), which is no character. Remove it or write the whole character.",
            path);

    private static string ValuePath(List<Frame> frames)
    {
        if (frames.Count == 0)
        {
            return JsonPaths.Root;
        }

        var parent = frames[^1];
        return parent.IsArray ? JsonPaths.Item(parent.Path, parent.Index) : JsonPaths.Property(parent.Path, parent.Name);
    }

    private static void Advance(List<Frame> frames)
    {
        if (frames.Count > 0 && frames[^1].IsArray)
        {
            frames[^1].Index++;
        }
    }

    // The raw text of a valid JSON string: every backslash starts an escape, and \u is followed by four hex digits.
    private static bool HasLoneSurrogate(ReadOnlySpan<byte> raw)
    {
        for (var i = 0; i < raw.Length; i++)
        {
            if (raw[i] != '\\')
            {
                continue;
            }

            i++;
            if (raw[i] != 'u')
            {
                continue;
            }

            var unit = Hex(raw.Slice(i + 1, 4));
            i += 4;
            if (unit is >= 0xDC00 and <= 0xDFFF)
            {
                return true;
            }

            if (unit is >= 0xD800 and <= 0xDBFF)
            {
                if (i + 6 < raw.Length && raw[i + 1] == '\\' && raw[i + 2] == 'u' && Hex(raw.Slice(i + 3, 4)) is >= 0xDC00 and <= 0xDFFF)
                {
                    i += 6;
                }
                else
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static int Hex(ReadOnlySpan<byte> digits) => Utf8Parser.TryParse(digits, out ushort value, out _, 'X') ? value : -1;

    private sealed class Frame(string path, bool isArray)
    {
        public string Path { get; } = path;

        public bool IsArray { get; } = isArray;

        public int Index { get; set; }

        public string Name { get; set; } = "";

        public HashSet<string>? Names { get; set; }
    }
}
