namespace AgentStudio.Api.OpenAi;

/// <summary>A chat completion request that cannot be served as sent; answered 400 with an OpenAI error naming <see cref="Param"/>.</summary>
/// <param name="param">The request parameter at fault, as OpenAI names it (<c>messages[2].role</c>).</param>
/// <param name="message">What is wrong and what to send instead.</param>
internal sealed class OpenAiRequestException(string param, string message) : Exception(message)
{
    /// <summary>The request parameter at fault.</summary>
    public string Param { get; } = param;
}
