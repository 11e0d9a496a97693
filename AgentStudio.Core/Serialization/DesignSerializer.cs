using System.Text.Json;
using AgentStudio.Core.Designs;
using AgentStudio.Core.Validation;

namespace AgentStudio.Core.Serialization;

/// <summary>Reads and writes <c>.agentstudio.json</c> design files. Thread-safe; never throws on bad input.</summary>
public static class DesignSerializer
{
    /// <summary>The largest design file accepted, in bytes (5 MiB): far above any real design, low enough to refuse junk quickly.</summary>
    public const long MaxFileBytes = 5 * 1024 * 1024;

    /// <summary>The deepest nesting of JSON objects and arrays accepted.</summary>
    public const int MaxDepth = 64;

    /// <summary>Writes a design in the canonical form: indented, camelCase, unset values left out.</summary>
    /// <param name="design">The design to write.</param>
    /// <returns>The JSON text, ending with a newline.</returns>
    public static string Write(DesignDocument design)
    {
        ArgumentNullException.ThrowIfNull(design);
        return JsonSerializer.Serialize(design, DesignJsonContext.Default.DesignDocument) + "\n";
    }

    /// <summary>Reads a design from JSON text. Problems are reported, never thrown.</summary>
    /// <param name="json">The file's text.</param>
    /// <returns>The design, or the problems that stopped it from loading.</returns>
    public static DesignLoadResult Load(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            var design = JsonSerializer.Deserialize(json, DesignJsonContext.Default.DesignDocument);
            return design is null
                ? Fail("$", "The file holds null instead of a design object.")
                : new DesignLoadResult(design, []);
        }
        catch (JsonException ex)
        {
            return Fail(ex.Path ?? "$", ex.Message);
        }
    }

    private static DesignLoadResult Fail(string path, string message) =>
        new(null, [new DesignProblem("AS0001", ProblemSeverity.Error, message, path)]);
}
