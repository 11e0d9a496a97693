namespace AgentStudio.Core.Exporting.CSharp;

/// <summary>The files every C# export holds whatever the design: the model clients and the mock tools' function type.</summary>
internal static class CSharpSupportFiles
{
    public static GeneratedFile ModelClients(CSharpPlan plan) => new("ModelClients.cs", Header(plan) + $$$"""
        using System.ClientModel;
        using Microsoft.Extensions.AI;
        using OpenAI;

        namespace {{{plan.ProjectName}}};

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

        """, "csharp");

    public static GeneratedFile MockFunction(CSharpPlan plan) => new("MockFunction.cs", Header(plan) + $$$"""
        using System.Text.Json;
        using System.Text.RegularExpressions;
        using Microsoft.Extensions.AI;

        namespace {{{plan.ProjectName}}};

        /// <summary>
        /// A prototype tool: it declares the design's parameters and answers every call with its response template,
        /// where {{name}} is the argument of that name and {{a.b}} a nested value (text as is, other values as JSON,
        /// missing ones empty).
        /// </summary>
        internal sealed partial class MockFunction(string name, string description, string parametersSchema, string responseTemplate) : AIFunction
        {
            private readonly JsonElement _schema = JsonElement.Parse(parametersSchema);

            public override string Name => name;

            public override string Description => description;

            public override JsonElement JsonSchema => _schema;

            protected override ValueTask<object?> InvokeCoreAsync(AIFunctionArguments arguments, CancellationToken cancellationToken) =>
                ValueTask.FromResult<object?>(Placeholder().Replace(responseTemplate, match => ArgumentText(arguments, match.Groups[1].Value)));

            private static string ArgumentText(AIFunctionArguments arguments, string path)
            {
                var names = path.Split('.');
                if (!arguments.TryGetValue(names[0], out var argument) || argument is null)
                {
                    return "";
                }

                var value = argument as JsonElement? ?? JsonSerializer.SerializeToElement(argument);
                foreach (var property in names.Skip(1))
                {
                    if (value.ValueKind != JsonValueKind.Object || !value.TryGetProperty(property, out value))
                    {
                        return "";
                    }
                }

                return value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
            }

            [GeneratedRegex(@"\{\{([\p{L}\p{Nd}_\-.$]+)\}\}")]
            private static partial Regex Placeholder();
        }

        """, "csharp");

    /// <summary>The header comment of a C# file, followed by an empty line.</summary>
    public static string Header(CSharpPlan plan) =>
        string.Concat(ExportHeader.Lines(plan.Source).Select(l => "// " + l + "\n")) + "\n";
}
