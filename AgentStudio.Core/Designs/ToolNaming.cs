using System.Text;

namespace AgentStudio.Core.Designs;

/// <summary>The default tool names the model sees for agents as tools and handoffs, by the OpenAI Agents SDK's rule.</summary>
public static class ToolNaming
{
    /// <summary>The prefix of every handoff tool's name.</summary>
    public const string HandoffPrefix = "transfer_to_";

    /// <summary>
    /// An agent's name lower-cased with every character outside <c>[a-z0-9_]</c> replaced by <c>_</c>:
    /// <c>ResearchAgent</c> → <c>researchagent</c>, <c>Billing Agent</c> → <c>billing_agent</c>.
    /// </summary>
    public static string Transform(string agentName)
    {
        ArgumentNullException.ThrowIfNull(agentName);
        var name = new StringBuilder(agentName.Length);
        foreach (var c in agentName.ToLowerInvariant())
        {
            name.Append(c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_' ? c : '_');
        }

        return name.ToString();
    }

    /// <summary>The name of the tool an edge of <paramref name="design"/> offers, or null when its target is not in the design.</summary>
    public static string? EffectiveName(DesignDocument design, DesignEdge edge)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(edge);
        var agent = design.Agents.FirstOrDefault(a => a.Id == edge.To);
        var target = agent?.Name ?? design.Tools.FirstOrDefault(t => t.Id == edge.To)?.Name;
        return target is null ? null : EffectiveName(edge, target, agent is not null);
    }

    /// <summary>The name of the tool an edge offers: its <see cref="DesignEdge.ToolName"/>, or the default for its target.</summary>
    /// <param name="edge">The tool or handoff edge.</param>
    /// <param name="targetName">The target agent's or tool's name.</param>
    /// <param name="targetIsAgent">Whether the target is an agent (function tools keep their own name).</param>
    public static string EffectiveName(DesignEdge edge, string targetName, bool targetIsAgent)
    {
        ArgumentNullException.ThrowIfNull(edge);
        if (!string.IsNullOrWhiteSpace(edge.ToolName))
        {
            return edge.ToolName;
        }

        return edge switch
        {
            HandoffEdge => HandoffPrefix + Transform(targetName),
            _ when targetIsAgent => Transform(targetName),
            _ => targetName,
        };
    }

    /// <summary>
    /// The description of the tool a handoff edge offers: the edge's own, or the Agents SDK's default to the character
    /// (the space before an absent handoff description included). Runs and exports word it the same way.
    /// </summary>
    public static string HandoffDescription(HandoffEdge edge, AgentDefinition target)
    {
        ArgumentNullException.ThrowIfNull(edge);
        ArgumentNullException.ThrowIfNull(target);
        return !string.IsNullOrWhiteSpace(edge.Description)
            ? edge.Description
            : $"Handoff to the {target.Name} agent to handle the request. {target.HandoffDescription}";
    }
}
