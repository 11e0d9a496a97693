using System.Text.Json.Serialization;
using AgentStudio.Security.ApiKeys;

namespace AgentStudio.Api.OpenAi;

/// <summary>
/// The source-generated serializer of the OpenAI-compatible endpoint: OpenAI's snake_case names, nulls written (OpenAI
/// writes <c>finish_reason: null</c> and <c>usage: null</c>), unknown request properties ignored.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ChatCompletionRequest))]
[JsonSerializable(typeof(ChatCompletion))]
[JsonSerializable(typeof(ChatCompletionChunk))]
[JsonSerializable(typeof(ModelList))]
[JsonSerializable(typeof(ModelInfo))]
[JsonSerializable(typeof(ApiErrorBody))]
[JsonSerializable(typeof(AgentStudio.Core.Running.RunErrorKind))]
internal sealed partial class OpenAiJsonContext : JsonSerializerContext;
