using System.Text.Json;
using System.Text.Json.Serialization;

namespace AgentStudio.Api;

/// <summary>The body of <c>POST /api/designs/{slug}/runs</c>.</summary>
/// <param name="Input">The user's message (required).</param>
/// <param name="ConversationId">A conversation to go on with, as a previous run returned it; null starts one.</param>
/// <param name="Model">A model every agent runs on; null for each agent's designed model.</param>
/// <param name="MaxTurns">Most model calls the run may make; null for 10.</param>
public sealed record RunApiRequest(string? Input, string? ConversationId = null, string? Model = null, int? MaxTurns = null);

/// <summary>The finished run <c>POST /api/designs/{slug}/runs</c> answers without streaming.</summary>
/// <param name="RunId">The stored run's id (<c>GET /api/runs/{runId}</c>).</param>
/// <param name="ConversationId">The conversation to give the next request.</param>
/// <param name="Status"><c>completed</c>, <c>failed</c> or <c>cancelled</c>.</param>
/// <param name="FinalOutput">The final output, when it completed.</param>
/// <param name="LastAgent">The agent in control at the end.</param>
/// <param name="Usage">Model requests and tokens.</param>
/// <param name="Error">Why it failed, when it did.</param>
public sealed record RunApiResponse(Guid RunId, string ConversationId, string Status, string? FinalOutput, string LastAgent, RunApiUsage Usage, RunApiError? Error);

/// <summary>A run's usage.</summary>
/// <param name="Requests">Model calls.</param>
/// <param name="InputTokens">Prompt tokens.</param>
/// <param name="OutputTokens">Completion tokens.</param>
/// <param name="TotalTokens">Both.</param>
public sealed record RunApiUsage(int Requests, long InputTokens, long OutputTokens, long TotalTokens);

/// <summary>A failed run's error.</summary>
/// <param name="Kind">The run error kind, as the run events name it (<c>model_error</c>, <c>max_turns_exceeded</c>…).</param>
/// <param name="Message">What went wrong.</param>
public sealed record RunApiError(AgentStudio.Core.Running.RunErrorKind Kind, string Message);

/// <summary>The answer of <c>GET /api/designs</c>.</summary>
/// <param name="Designs">The published designs, by slug.</param>
public sealed record PublishedDesignList(IReadOnlyList<PublishedDesignItem> Designs);

/// <summary>One published design.</summary>
/// <param name="Slug">The name API calls use.</param>
/// <param name="Name">Its name.</param>
/// <param name="Revision">The published revision, the one that runs.</param>
/// <param name="Description">Its description, if any.</param>
public sealed record PublishedDesignItem(string Slug, string Name, int Revision, string? Description);

/// <summary>The one source-generated JSON context of the run API's bodies (camelCase; unset values written as null).</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(RunApiRequest))]
[JsonSerializable(typeof(RunApiResponse))]
[JsonSerializable(typeof(PublishedDesignList))]
internal sealed partial class ApiJsonContext : JsonSerializerContext;
