using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AgentStudio.Core.Designs;
using AgentStudio.Core.Validation;

namespace AgentStudio.Core.Serialization;

/// <summary>
/// Reads and writes <c>.agentstudio.json</c> design files. Thread-safe. Reading never throws on bad
/// input: every problem comes back with a code, a JSON path and a message a person understands.
/// </summary>
public static class DesignSerializer
{
    /// <summary>The largest design file accepted, in bytes (5 MiB): far above any real design, low enough to refuse junk quickly.</summary>
    public const long MaxFileBytes = 5 * 1024 * 1024;

    /// <summary>The deepest nesting of JSON objects and arrays accepted in a file a user brings.</summary>
    public const int MaxDepth = 64;

    /// <summary>
    /// The deepest nesting written or read back from the store: an output schema the designer accepted
    /// sits a few levels down in the file, so a stored design may be a little deeper than <see cref="MaxDepth"/>.
    /// </summary>
    public const int MaxStoredDepth = 256;

    private static readonly DesignJsonContext Indented = CreateContext(writeIndented: true);

    private static readonly DesignJsonContext Compact = CreateContext(writeIndented: false);

    /// <summary>Writes a design in the canonical form: indented, camelCase, unset values left out, text as real UTF-8, ending with a newline.</summary>
    /// <param name="design">The design to write.</param>
    /// <returns>The JSON text; loading it and writing again gives the same text.</returns>
    /// <remarks>Only what JSON requires is escaped (quotes, backslashes, control characters), so emoji and accents stay as they are written.</remarks>
    public static string Write(DesignDocument design)
    {
        ArgumentNullException.ThrowIfNull(design);
        return JsonSerializer.Serialize(design, Indented.DesignDocument) + "\n";
    }

    /// <summary>Writes a design on one line with real UTF-8 text: the smallest form, for storage and for exports too large to indent.</summary>
    /// <param name="design">The design to write.</param>
    /// <returns>The JSON text, which <see cref="Load(string)"/> reads back to an equal design.</returns>
    public static string WriteCompact(DesignDocument design)
    {
        ArgumentNullException.ThrowIfNull(design);
        return JsonSerializer.Serialize(design, Compact.DesignDocument);
    }

    /// <summary>Reads a design from JSON text a user brought (a paste, a template, a test).</summary>
    /// <param name="json">The text.</param>
    /// <returns>The design, or the problems that stopped it from loading.</returns>
    /// <remarks>The text is turned into UTF-8 and read by <see cref="Load(ReadOnlyMemory{byte})"/>, so it gets the same answer as the file would.</remarks>
    public static DesignLoadResult Load(string json) => Load(json, DesignLoadLimits.UserFile);

    /// <summary>
    /// Reads a design from the bytes of a file: the one way a file's content becomes a design, used by the
    /// command line, the browser import and the store. Refuses more than <see cref="MaxFileBytes"/>, bytes
    /// that are not UTF-8 and unpaired surrogate escapes; warns about properties written twice (the last wins).
    /// </summary>
    /// <param name="utf8Json">The file's bytes; a leading UTF-8 byte order mark is skipped.</param>
    /// <returns>The design, or the problems that stopped it from loading. Never throws on bad input.</returns>
    public static DesignLoadResult Load(ReadOnlyMemory<byte> utf8Json) => Load(utf8Json, DesignLoadLimits.UserFile);

    /// <summary>
    /// Reads a revision the app stored itself. The user-file size limit does not apply: a design may grow
    /// past it in the designer, and a stored revision must always reopen.
    /// </summary>
    /// <param name="json">The stored text, as <see cref="WriteCompact"/> (or, before, <see cref="Write"/>) wrote it.</param>
    /// <returns>The design, or the problems that stopped it from loading.</returns>
    public static DesignLoadResult LoadStored(string json) => Load(json, DesignLoadLimits.Stored);

    /// <summary>Reads a design from a UTF-8 stream (a file or an upload), refusing more than <see cref="MaxFileBytes"/> without reading on.</summary>
    /// <param name="stream">The file's content.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The design, or the problems that stopped it from loading.</returns>
    public static async Task<DesignLoadResult> LoadAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxFileBytes)
            {
                return TooLarge(MaxFileBytes);
            }

            buffer.Write(chunk, 0, read);
        }

        return Load(buffer.GetBuffer().AsMemory(0, (int)buffer.Length));
    }

    internal static DesignLoadResult Load(string json, DesignLoadLimits limits)
    {
        ArgumentNullException.ThrowIfNull(json);
        var length = Encoding.UTF8.GetByteCount(json);
        if (length > limits.MaxBytes)
        {
            return TooLarge(limits.MaxBytes);
        }

        // Text from a browser can carry an unpaired surrogate character itself (JavaScript strings allow it); UTF-8 cannot.
        var bytes = new byte[length];
        if (System.Text.Unicode.Utf8.FromUtf16(json, bytes, out var charsRead, out _, replaceInvalidSequences: false) != System.Buffers.OperationStatus.Done)
        {
            return Fail(ProblemCodes.LoneSurrogate, JsonPaths.Root,
                $"The text holds an unpaired surrogate character at position {charsRead}, which is no character and cannot be saved as UTF-8.");
        }

        return Load(bytes, limits);
    }

    internal static DesignLoadResult Load(ReadOnlyMemory<byte> utf8Json, DesignLoadLimits limits)
    {
        if (utf8Json.Length > limits.MaxBytes)
        {
            return TooLarge(limits.MaxBytes);
        }

        if (utf8Json.Span.StartsWith(Utf8ByteOrderMark))
        {
            utf8Json = utf8Json[Utf8ByteOrderMark.Length..];
        }

        if (DesignTextChecker.CheckUtf8(utf8Json.Span) is { } notUtf8)
        {
            return new DesignLoadResult(null, [notUtf8]);
        }

        var parseOptions = ParseOptions(limits.MaxDepth);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json, parseOptions);
        }
        catch (JsonException ex)
        {
            return ParseFailure(ex, limits.MaxDepth);
        }

        using (document)
        {
            var textProblems = DesignTextChecker.CheckStrings(utf8Json.Span, limits.MaxDepth);
            if (textProblems.Any(p => p.IsError))
            {
                return new DesignLoadResult(null, textProblems);
            }

            var loaded = LoadParsed(document.RootElement, parseOptions);
            return textProblems.Count == 0 ? loaded : loaded with { Problems = [.. textProblems, .. loaded.Problems] };
        }
    }

    private static ReadOnlySpan<byte> Utf8ByteOrderMark => [0xEF, 0xBB, 0xBF];

    private static JsonDocumentOptions ParseOptions(int maxDepth) => new()
    {
        MaxDepth = maxDepth,
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
    };

    private static DesignJsonContext CreateContext(bool writeIndented) => new(new JsonSerializerOptions(DesignJsonContext.Default.Options)
    {
        Encoder = MinimalJsonEncoder.Instance,
        WriteIndented = writeIndented,
        MaxDepth = MaxStoredDepth,
    });

    private static DesignLoadResult LoadParsed(JsonElement root, JsonDocumentOptions parseOptions)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            return Fail(ProblemCodes.NotAnObject, JsonPaths.Root, $"A design file holds one JSON object, but this one holds {DesignStructureChecker.Describe(root)}.");
        }

        if (CheckHeader(root, out var version) is { } headerProblem)
        {
            return new DesignLoadResult(null, [headerProblem]);
        }

        if (DesignMigrations.NeedsUpgrade(version))
        {
            var upgraded = DesignMigrations.Upgrade(JsonObject.Create(root)!, version);
            using var upgradedDocument = JsonDocument.Parse(upgraded.ToJsonString(), parseOptions);
            return LoadCurrentVersion(upgradedDocument.RootElement);
        }

        return LoadCurrentVersion(root);
    }

    private static DesignLoadResult LoadCurrentVersion(JsonElement root)
    {
        var problems = DesignStructureChecker.Check(root);
        if (problems.Count > 0)
        {
            return new DesignLoadResult(null, problems);
        }

        try
        {
            var design = root.Deserialize(Compact.DesignDocument);
            return design is null
                ? Fail(ProblemCodes.NotAnObject, JsonPaths.Root, "The file holds null instead of a design.")
                : new DesignLoadResult(design, []);
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException or FormatException)
        {
            // The structure check should leave nothing for the serializer to refuse; if it ever does, it is still a clear problem, not a crash.
            return Fail(ProblemCodes.Unreadable, ex is JsonException { Path: { } path } ? path : JsonPaths.Root, $"The design could not be read: {ex.Message}");
        }
    }

    private static DesignProblem? CheckHeader(JsonElement root, out int version)
    {
        version = 0;
        if (!root.TryGetProperty("format", out var format) || format.ValueKind != JsonValueKind.String || format.GetString() != DesignDocument.FormatName)
        {
            return Error(ProblemCodes.NotADesignFile, "$.format",
                $"This is not an AgentStudio design: its \"format\" must be \"{DesignDocument.FormatName}\".");
        }

        if (!root.TryGetProperty("version", out var versionValue) || versionValue.ValueKind != JsonValueKind.Number
            || !versionValue.TryGetInt32(out version) || version < 1)
        {
            return Error(ProblemCodes.InvalidVersion, "$.version",
                $"The design's \"version\" must be a whole number from 1 to {DesignDocument.CurrentVersion}.");
        }

        return version > DesignDocument.CurrentVersion
            ? Error(ProblemCodes.NewerVersion, "$.version",
                $"This design was written in format version {version} by a newer AgentStudio; this version reads format version {DesignDocument.CurrentVersion}. Update AgentStudio to open it.")
            : null;
    }

    private static DesignLoadResult ParseFailure(JsonException ex, int maxDepth)
    {
        var where = ex.LineNumber is { } line ? $" at line {line + 1}, column {(ex.BytePositionInLine ?? 0) + 1}" : "";
        if (ex.Message.Contains("maximum configured depth", StringComparison.Ordinal))
        {
            return Fail(ProblemCodes.NestedTooDeeply, ex.Path ?? JsonPaths.Root,
                $"The file nests objects and arrays more than {maxDepth} levels deep{where}; a design never needs that.");
        }

        return Fail(ProblemCodes.MalformedJson, ex.Path ?? JsonPaths.Root, $"The file is not valid JSON{where}: {FirstSentence(ex.Message)}");
    }

    // System.Text.Json appends its own "Path: … | LineNumber: …" to messages; the problem says that better.
    private static string FirstSentence(string message)
    {
        foreach (var marker in new[] { " Path:", " LineNumber:" })
        {
            var cut = message.IndexOf(marker, StringComparison.Ordinal);
            if (cut > 0)
            {
                message = message[..cut];
            }
        }

        return message;
    }

    private static DesignLoadResult TooLarge(long maxBytes) =>
        Fail(ProblemCodes.FileTooLarge, JsonPaths.Root, $"The file is larger than {maxBytes / 1024 / 1024} MiB, the most a design file may be.");

    private static DesignProblem Error(string code, string path, string message) => new(code, ProblemSeverity.Error, message, path);

    private static DesignLoadResult Fail(string code, string path, string message) => new(null, [Error(code, path, message)]);
}
