using System.Text.Json.Serialization;
using AgentStudio.Core.Designs;

namespace AgentStudio.Core.Serialization;

/// <summary>
/// The one source-generated JSON context for the design format. Every read and write of a design
/// goes through it, so the file's shape is decided in one place.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true,
    AllowOutOfOrderMetadataProperties = true,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    AllowTrailingCommas = false,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Disallow)]
[JsonSerializable(typeof(DesignDocument))]
public sealed partial class DesignJsonContext : JsonSerializerContext;
