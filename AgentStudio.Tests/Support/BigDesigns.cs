using AgentStudio.Core.Designs;

namespace AgentStudio.Tests.Support;

/// <summary>Generated designs of the size that real teams reach, for layout, canvas and playground tests.</summary>
internal static class BigDesigns
{
    /// <summary>A word per manager, so that a message naming one (say "jungle") makes the simulated triage hand off to that manager.</summary>
    public static readonly string[] ManagerTopics = ["alpine", "bakery", "canyon", "delta", "estuary", "fjord", "glacier", "harbour", "island", "jungle"];

    /// <summary>
    /// 100 agents, without a layout: a triage agent hands off to 10 managers, which use 89 specialists (agents) as
    /// tools, 9 each and 8 for the last. Manager <c>m{i}</c> handles <see cref="ManagerTopics"/>[i]; specialist
    /// <c>s{i}-{k}</c> works for manager <c>m{i}</c>. Valid: no errors.
    /// </summary>
    public static DesignDocument TriageManagersSpecialists()
    {
        const string Instructions = "Help the user. If a tool fails, apologise and escalate.";
        var agents = new List<AgentDefinition> { new() { Id = "triage", Name = "Triage", Instructions = Instructions, Model = "gpt-4o-mini" } };
        var edges = new List<DesignEdge>();
        var specialists = 89;
        for (var m = 0; m < ManagerTopics.Length; m++)
        {
            var topic = ManagerTopics[m];
            agents.Add(new() { Id = $"m{m}", Name = $"Manager{m}", Instructions = Instructions, HandoffDescription = $"The {topic} desk", Model = "gpt-4o-mini" });
            edges.Add(new HandoffEdge { Id = $"h{m}", From = "triage", To = $"m{m}", Description = $"Questions on the {topic}" });
            var team = Math.Min(9, specialists);
            specialists -= team;
            for (var k = 0; k < team; k++)
            {
                agents.Add(new() { Id = $"s{m}-{k}", Name = $"Specialist{m}x{k}", Instructions = Instructions, HandoffDescription = $"Specialist {k} of team {m}", Model = "gpt-4o-mini" });
                edges.Add(new ToolEdge { Id = $"t{m}-{k}", From = $"m{m}", To = $"s{m}-{k}" });
            }
        }

        return new DesignDocument { Name = "Hundred agents", Entry = "triage", Agents = agents, Edges = edges };
    }
}
