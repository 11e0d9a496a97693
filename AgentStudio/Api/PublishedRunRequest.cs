using Microsoft.Extensions.AI;

namespace AgentStudio.Api;

/// <summary>What a caller asks of a published design: the input and how to run it.</summary>
/// <param name="Slug">The design's slug; its published revision runs, never the draft.</param>
/// <param name="Input">The user's message.</param>
/// <param name="ApiKeyId">The id of the API key that asked: the run and its conversation are this key's alone.</param>
/// <param name="ApiKeyName">The name of the API key that asked, stored with the run to show who ran it.</param>
public sealed record PublishedRunRequest(string Slug, string Input, Guid ApiKeyId, string ApiKeyName)
{
    /// <summary>
    /// An API conversation to go on with (a <see cref="PublishedRun.ConversationId"/> returned before): its history is
    /// kept and its last agent answers. Null starts a new conversation.
    /// </summary>
    public string? ConversationId { get; init; }

    /// <summary>
    /// A conversation the caller brings (an OpenAI client's earlier messages): given to the entry agent as history.
    /// Null or empty for none; not together with <see cref="ConversationId"/>.
    /// </summary>
    public IReadOnlyList<ChatMessage>? History { get; init; }

    /// <summary>A model every agent runs on; null runs each agent on the model it was designed with.</summary>
    public string? Model { get; init; }

    /// <summary>Most model calls the run may make; null for the default of 10.</summary>
    public int? MaxTurns { get; init; }
}
