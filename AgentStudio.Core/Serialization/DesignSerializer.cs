using System.Text;
using System.Text.Encodings.Web;
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

    /// <summary>The deepest nesting of JSON objects and arrays accepted.</summary>
    public const int MaxDepth = 64;

    // Design files are read by people: keep quotes, apostrophes and non-ASCII text as they are written
    // (the files are never embedded in HTML, where that escaping matters).
    private static readonly DesignJsonContext Context = new(new JsonSerializerOptions(DesignJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });

    private static readonly JsonDocumentOptions ParseOptions = new()
    {
        MaxDepth = MaxDepth,
        AllowTrailingCommas = false,
        CommentHandling = JsonCommentHandling.Disallow,
    };

    /// <summary>Writes a design in the canonical form: indented, camelCase, unset values left out, ending with a newline.</summary>
    /// <param name="design">The design to write.</param>
    /// <returns>The JSON text; loading it and writing again gives the same text.</returns>
    public static string Write(DesignDocument design)
    {
        ArgumentNullException.ThrowIfNull(design);
        return JsonSerializer.Serialize(design, Context.DesignDocument) + "\n";
    }

    /// <summary>Reads a design from JSON text.</summary>
    /// <param name="json">The file's text.</param>
    /// <returns>The design, or the problems that stopped it from loading.</returns>
    public static DesignLoadResult Load(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        if (Encoding.UTF8.GetByteCount(json) > MaxFileBytes)
        {
            return Fail(ProblemCodes.FileTooLarge, JsonPaths.Root, $"The file is larger than {MaxFileBytes / 1024 / 1024} MiB, the most a design file may be.");
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, ParseOptions);
        }
        catch (JsonException ex)
        {
            return ParseFailure(ex);
        }

        using (document)
        {
            return LoadParsed(document.RootElement);
        }
    }

    /// <summary>Reads a design from a UTF-8 stream (a file or an upload), refusing more than <see cref="MaxFileBytes"/>.</summary>
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
                return Fail(ProblemCodes.FileTooLarge, JsonPaths.Root, $"The file is larger than {MaxFileBytes / 1024 / 1024} MiB, the most a design file may be.");
            }

            buffer.Write(chunk, 0, read);
        }

        string text;
        try
        {
            text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        }
        catch (DecoderFallbackException)
        {
            return Fail(ProblemCodes.MalformedJson, JsonPaths.Root, "The file is not UTF-8 text, so it cannot be a design file.");
        }

        return Load(text.TrimStart('\uFEFF'));
    }

    private static DesignLoadResult LoadParsed(JsonElement root)
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
            using var upgradedDocument = JsonDocument.Parse(upgraded.ToJsonString(), ParseOptions);
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
            var design = root.Deserialize(Context.DesignDocument);
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

    private static DesignLoadResult ParseFailure(JsonException ex)
    {
        var where = ex.LineNumber is { } line ? $" at line {line + 1}, column {(ex.BytePositionInLine ?? 0) + 1}" : "";
        if (ex.Message.Contains("maximum configured depth", StringComparison.Ordinal))
        {
            return Fail(ProblemCodes.NestedTooDeeply, ex.Path ?? JsonPaths.Root,
                $"The file nests objects and arrays more than {MaxDepth} levels deep{where}; a design never needs that.");
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

    private static DesignProblem Error(string code, string path, string message) => new(code, ProblemSeverity.Error, message, path);

    private static DesignLoadResult Fail(string code, string path, string message) => new(null, [Error(code, path, message)]);
}
