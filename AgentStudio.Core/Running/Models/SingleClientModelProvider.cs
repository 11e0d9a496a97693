using Microsoft.Extensions.AI;

namespace AgentStudio.Core.Running.Models;

/// <summary>Serves every model name with one chat client: the scripted model, a test double, or a run with a model override.</summary>
public sealed class SingleClientModelProvider : IModelProvider
{
    private readonly IChatClient _client;

    /// <summary>A provider whose every model is <paramref name="client"/>.</summary>
    public SingleClientModelProvider(IChatClient client)
    {
        ArgumentNullException.ThrowIfNull(client);
        _client = client;
    }

    /// <inheritdoc />
    public IChatClient GetChatClient(string model) => _client;
}
