using Microsoft.Extensions.AI;

namespace AgentStudio.Core.Running.Models;

/// <summary>Serves every model name with one chat client: the scripted model, a test double, or a run with a model override.</summary>
public sealed class SingleClientModelProvider : IModelProvider
{
    private readonly IChatClient _client;
    private readonly string? _name;

    /// <summary>A provider whose every model is <paramref name="client"/>.</summary>
    /// <param name="client">The client that answers for every model.</param>
    /// <param name="name">The client's model name (<see cref="ModelNames.Scripted"/>, say), which traces show; null to show the names asked for.</param>
    public SingleClientModelProvider(IChatClient client, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
        _name = name;
    }

    /// <inheritdoc />
    public IChatClient GetChatClient(string model) => _client;

    /// <inheritdoc />
    public string ServedModel(string model) => _name ?? model;
}
