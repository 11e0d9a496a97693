// AgentStudio export of revision 7 of the design "Customer support triage".
// Export again to update it, or edit it as your own code.

using System.ClientModel;
using Microsoft.Extensions.AI;
using OpenAI;

namespace CustomerSupportTriage;

/// <summary>
/// Chat clients for the design's models over the Chat Completions API: OpenAI (OPENAI_API_KEY), any
/// OpenAI-compatible server (OPENAI_BASE_URL), or Azure OpenAI's v1 API (AZURE_OPENAI_ENDPOINT and
/// AZURE_OPENAI_API_KEY, where a model name is a deployment name).
/// </summary>
internal sealed class ModelClients(OpenAIClient client)
{
    /// <summary>The chat client of <paramref name="model"/>.</summary>
    public IChatClient Get(string model) => client.GetChatClient(model).AsIChatClient();

    /// <summary>The model of agents that name none: OPENAI_MODEL, or gpt-4o.</summary>
    public IChatClient Default => Get(Environment.GetEnvironmentVariable("OPENAI_MODEL") is { Length: > 0 } model ? model : "gpt-4o");

    /// <summary>Reads the provider from the environment; Azure OpenAI when both of its variables are set.</summary>
    /// <exception cref="InvalidOperationException">Neither OPENAI_API_KEY nor OPENAI_BASE_URL nor Azure's variables are set.</exception>
    public static ModelClients FromEnvironment()
    {
        var azureEndpoint = Environment.GetEnvironmentVariable("AZURE_OPENAI_ENDPOINT");
        var azureKey = Environment.GetEnvironmentVariable("AZURE_OPENAI_API_KEY");
        if (!string.IsNullOrEmpty(azureEndpoint) && !string.IsNullOrEmpty(azureKey))
        {
            var endpoint = new Uri(new Uri(azureEndpoint), "/openai/v1/");
            return new ModelClients(new OpenAIClient(new ApiKeyCredential(azureKey), new OpenAIClientOptions { Endpoint = endpoint }));
        }

        var key = Environment.GetEnvironmentVariable("OPENAI_API_KEY");
        var baseUrl = Environment.GetEnvironmentVariable("OPENAI_BASE_URL");
        if (string.IsNullOrEmpty(key) && string.IsNullOrEmpty(baseUrl))
        {
            throw new InvalidOperationException("Set OPENAI_API_KEY (and OPENAI_BASE_URL for another OpenAI-compatible server), or AZURE_OPENAI_ENDPOINT and AZURE_OPENAI_API_KEY.");
        }

        var options = new OpenAIClientOptions();
        if (!string.IsNullOrEmpty(baseUrl))
        {
            options.Endpoint = new Uri(baseUrl);
        }

        // Local OpenAI-compatible servers take any key, but the client needs one.
        return new ModelClients(new OpenAIClient(new ApiKeyCredential(string.IsNullOrEmpty(key) ? "no-key" : key), options));
    }
}
