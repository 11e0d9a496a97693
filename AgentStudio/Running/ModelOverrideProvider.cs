using AgentStudio.Core.Running.Models;
using Microsoft.Extensions.AI;

namespace AgentStudio.Running;

/// <summary>Runs every agent on one model name (e.g. <c>--model simulated</c>), whatever its design names.</summary>
internal sealed class ModelOverrideProvider(IModelProvider inner, string model) : IModelProvider
{
    public IChatClient GetChatClient(string ignored) => inner.GetChatClient(model);

    public string ServedModel(string ignored) => inner.ServedModel(model);
}
