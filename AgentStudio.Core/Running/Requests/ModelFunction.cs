using System.Text.Json;
using Microsoft.Extensions.AI;

namespace AgentStudio.Core.Running.Requests;

/// <summary>
/// A function offered to the model exactly as the Agents SDK offers it: its name, its description (empty when it
/// has none), its parameter schema (the strict form when <see cref="Strict"/>) and whether strict mode applies.
/// </summary>
/// <remarks>
/// <see cref="AdditionalProperties"/> carries <c>strict</c>, the key Microsoft.Extensions.AI's OpenAI client reads,
/// so that any client that honours it marks the tool as the SDK does. Immutable and thread-safe.
/// </remarks>
public sealed class ModelFunction : AIFunctionDeclaration
{
    /// <summary>The key of <see cref="AdditionalProperties"/> that says whether the schema is strict.</summary>
    public const string StrictKey = "strict";

    private readonly IReadOnlyDictionary<string, object?> _additionalProperties;

    /// <summary>A function named <paramref name="name"/> whose arguments follow <paramref name="parameters"/>.</summary>
    public ModelFunction(string name, string description, JsonElement parameters, bool strict)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Description = description ?? "";
        JsonSchema = parameters;
        Strict = strict;
        _additionalProperties = new Dictionary<string, object?>(StringComparer.Ordinal) { [StrictKey] = strict };
    }

    /// <inheritdoc />
    public override string Name { get; }

    /// <inheritdoc />
    public override string Description { get; }

    /// <summary>The parameter schema as sent.</summary>
    public override JsonElement JsonSchema { get; }

    /// <summary>Whether the model is held to <see cref="JsonSchema"/> (OpenAI's <c>strict: true</c>).</summary>
    public bool Strict { get; }

    /// <inheritdoc />
    public override IReadOnlyDictionary<string, object?> AdditionalProperties => _additionalProperties;
}
