namespace AgentStudio.Core.Exporting.CSharp;

/// <summary>
/// The files an export holds when the design has HTTP, built-in or MCP tools or reads secrets: the function type of
/// those tools, the HTTP helpers, the secrets, the calculator and the MCP connections.
/// </summary>
internal static class CSharpToolSupportFiles
{
    public static GeneratedFile ToolFunction(CSharpPlan plan) => new("ToolFunction.cs", CSharpSupportFiles.Header(plan) + $$$"""
        using System.Globalization;
        using System.Text.Json;
        using Microsoft.Extensions.AI;

        namespace {{{plan.ProjectName}}};

        /// <summary>A function tool with the design's name, description and parameters, whose work is <paramref name="invoke"/>.</summary>
        internal sealed class ToolFunction(
            string name,
            string description,
            string parametersSchema,
            Func<AIFunctionArguments, CancellationToken, Task<string>> invoke) : AIFunction
        {
            private readonly JsonElement _schema = JsonElement.Parse(parametersSchema);

            public override string Name => name;

            public override string Description => description;

            public override JsonElement JsonSchema => _schema;

            /// <summary>
            /// The argument at <paramref name="path"/> as AgentStudio writes it into a template: text as is, other values as
            /// JSON, missing ones empty; a.b reads inside an object and a.0 inside an array.
            /// </summary>
            public static string Text(AIFunctionArguments arguments, string path)
            {
                if (!arguments.TryGetValue(path, out var argument))
                {
                    var names = path.Split('.');
                    if (!arguments.TryGetValue(names[0], out argument) || argument is null)
                    {
                        return "";
                    }

                    var element = argument as JsonElement? ?? JsonSerializer.SerializeToElement(argument);
                    foreach (var segment in names.Skip(1))
                    {
                        if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty(segment, out var child))
                        {
                            element = child;
                        }
                        else if (element.ValueKind == JsonValueKind.Array
                            && int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                            && index < element.GetArrayLength())
                        {
                            element = element[index];
                        }
                        else
                        {
                            return "";
                        }
                    }

                    argument = element;
                }

                var value = argument as JsonElement? ?? JsonSerializer.SerializeToElement(argument);
                return value.ValueKind switch
                {
                    JsonValueKind.Undefined => "",
                    JsonValueKind.String => value.GetString()!,
                    _ => value.GetRawText(),
                };
            }

            protected override async ValueTask<object?> InvokeCoreAsync(AIFunctionArguments arguments, CancellationToken cancellationToken) =>
                await invoke(arguments, cancellationToken);
        }

        """, "csharp");

    public static GeneratedFile HttpTools(CSharpPlan plan) => new("HttpTools.cs", CSharpSupportFiles.Header(plan) + $$$"""
        using System.Text;
        using System.Text.Json;

        namespace {{{plan.ProjectName}}};

        /// <summary>Sends the requests of the HTTP tools and turns their responses into what the model reads.</summary>
        internal static class HttpTools
        {
            // One client for every call, as HttpClient is meant to be used. AgentStudio's default limit is 15 seconds; it also
            // cuts bodies off at 256 KB and refuses private network addresses, which this client does not.
            private static readonly HttpClient Client = new() { Timeout = TimeSpan.FromSeconds(15) };

            /// <summary>Sends <paramref name="request"/>; the response body, led by "HTTP &lt;status&gt;" on a line of its own when the status is not 2xx.</summary>
            public static async Task<string> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
            {
                if (request.Headers.UserAgent.Count == 0)
                {
                    // Many servers turn away requests without a user agent.
                    request.Headers.UserAgent.ParseAdd("AgentStudio");
                }

                using var response = await Client.SendAsync(request, cancellationToken);
                var body = await response.Content.ReadAsStringAsync(cancellationToken);
                return response.IsSuccessStatusCode ? body : $"HTTP {(int)response.StatusCode}\n{body}";
            }

            /// <summary>A request body: sent as JSON when it is JSON, otherwise as plain text.</summary>
            public static StringContent Body(string text) =>
                new(text, Encoding.UTF8, IsJson(text) ? "application/json" : "text/plain");

            /// <summary>Sets a header on the request, or on its body for Content-Type and its kin (replacing the body's own).</summary>
            public static void SetHeader(HttpRequestMessage request, string name, string value)
            {
                if (!request.Headers.TryAddWithoutValidation(name, value) && request.Content is not null)
                {
                    request.Content.Headers.Remove(name);
                    request.Content.Headers.TryAddWithoutValidation(name, value);
                }
            }

            private static bool IsJson(string text)
            {
                if (text.TrimStart() is not ['{' or '[', ..])
                {
                    return false;
                }

                try
                {
                    using var document = JsonDocument.Parse(text);
                    return true;
                }
                catch (JsonException)
                {
                    return false;
                }
            }
        }

        """, "csharp");

    public static GeneratedFile Secrets(CSharpPlan plan) => new("Secrets.cs", CSharpSupportFiles.Header(plan) + $$$"""
        namespace {{{plan.ProjectName}}};

        /// <summary>
        /// The design's secrets, each read from the environment variable of its name when it is used:
        /// {{{string.Join(", ", plan.Secrets)}}}.
        /// </summary>
        internal static class Secrets
        {
            /// <summary>The value of the environment variable <paramref name="name"/>.</summary>
            /// <exception cref="InvalidOperationException">The variable is not set.</exception>
            public static string Get(string name) =>
                Environment.GetEnvironmentVariable(name) is { Length: > 0 } value
                    ? value
                    : throw new InvalidOperationException($"Set the environment variable {name}: the design's secret of that name is read from it.");
        }

        """, "csharp");
}
