using AgentStudio.Core.Designs;
using AgentStudio.Core.Validation.Rules;

namespace AgentStudio.Core.Validation;

/// <summary>
/// Checks a loaded design against the rules of the format: errors stop a run, warnings (the common
/// multi-agent pitfalls) do not. Thread-safe and stateless.
/// </summary>
public static class DesignValidator
{
    // The rules an edge can break; ValidateEdge runs exactly these, so the designer refuses a connection for the
    // validator's own reasons.
    private static readonly IDesignRule[] EdgeRules =
    [
        new EdgeEndsRule(),
        new DuplicateEdgeRule(),
        new AgentToolCycleRule(),
        new ToolNameRules(),
    ];

    private static readonly IDesignRule[] Rules =
    [
        new EntryRule(),
        new AgentNameRule(),
        .. EdgeRules,
        new SchemaRules(),
        new SecretRules(),
        new ToolSettingsRules(),
        new ModelSettingsRule(),
        new HandoffDescriptionRule(),
        new AgentToolDescriptionRule(),
        new StrictModeRules(),
        new OverCentralizationRule(),
        new ReachabilityRule(),
        new ErrorBoundaryRule(),
        new ContextWindowRule(),
        new InstructionsRule(),
        new UnusedToolRule(),
    ];

    /// <summary>Validates a design.</summary>
    /// <param name="design">The design to check.</param>
    /// <returns>Every problem found, errors first, each with a code, a message naming the node or edge, a JSON path and the node's id.</returns>
    public static IReadOnlyList<DesignProblem> Validate(DesignDocument design)
    {
        ArgumentNullException.ThrowIfNull(design);
        // A stable sort keeps each severity's problems in rule order.
        return [.. Run(Rules, design).OrderByDescending(p => p.Severity)];
    }

    /// <summary>
    /// The errors that adding <paramref name="candidate"/> to <paramref name="design"/> would cause: the edge
    /// rules of <see cref="Validate"/> run on the design with and without the edge, and what only the first
    /// finds. The designer refuses a connection with these, so it never draws an edge the validator rejects.
    /// </summary>
    /// <param name="design">The design as it is; errors it already has are not blamed on the candidate.</param>
    /// <param name="candidate">The would-be edge, with the id it would get, so messages name it as the validator would after adding it.</param>
    /// <returns>
    /// The new errors in rule order, with the codes, messages, paths and node ids <see cref="Validate"/> gives
    /// for the design with the edge; empty when the edge may be added. A cycle closed by the candidate may be
    /// reported at another edge of that cycle, exactly as <see cref="Validate"/> reports it. Thread-safe and stateless.
    /// </returns>
    public static IReadOnlyList<DesignProblem> ValidateEdge(DesignDocument design, DesignEdge candidate)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(candidate);
        var before = Run(EdgeRules, design).Where(p => p.IsError).CountBy(p => p).ToDictionary();
        var added = new List<DesignProblem>();
        foreach (var problem in Run(EdgeRules, design with { Edges = [.. design.Edges, candidate] }).Where(p => p.IsError))
        {
            // Problems compare by value: one the design already had comes back unchanged when the edge takes no part in it.
            if (before.GetValueOrDefault(problem) > 0)
            {
                before[problem]--;
            }
            else
            {
                added.Add(problem);
            }
        }

        return added;
    }

    private static IReadOnlyList<DesignProblem> Run(IDesignRule[] rules, DesignDocument design)
    {
        var context = new ValidationContext(design);
        foreach (var rule in rules)
        {
            rule.Check(context);
        }

        return context.Problems;
    }
}
