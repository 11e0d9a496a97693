using System.Text.Json.Serialization;

namespace AgentStudio.Api.OpenAi;

/// <summary>The answer of <c>GET /v1/models</c>: the published designs, each as a model whose id is its slug.</summary>
/// <param name="Data">The models, by slug.</param>
internal sealed record ModelList(IReadOnlyList<ModelInfo> Data)
{
    /// <summary>Always <c>list</c>.</summary>
    [JsonPropertyOrder(-1)]
    public string Object => "list";
}

/// <summary>A <c>model</c> object: a published design.</summary>
/// <param name="Id">The design's slug, the <c>model</c> of a chat completion.</param>
/// <param name="Created">When the published revision was published, in Unix seconds.</param>
internal sealed record ModelInfo(string Id, long Created)
{
    /// <summary>Always <c>model</c>.</summary>
    public string Object => "model";

    /// <summary>Always <c>agentstudio</c>.</summary>
    public string OwnedBy => "agentstudio";
}
