using AgentStudio.Core.Designs;
using AgentStudio.Core.Validation.Rules;

namespace AgentStudio.Core.Validation;

/// <summary>
/// Checks a loaded design against the rules of the format: errors stop a run, warnings (the common
/// multi-agent pitfalls) do not. Thread-safe and stateless.
/// </summary>
public static class DesignValidator
{
    private static readonly IDesignRule[] Rules =
    [
        new EntryRule(),
        new AgentNameRule(),
        new EdgeEndsRule(),
        new DuplicateEdgeRule(),
        new AgentToolCycleRule(),
        new ToolNameRules(),
        new SchemaRules(),
        new SecretRules(),
        new ToolSettingsRules(),
        new ModelSettingsRule(),
        new HandoffDescriptionRule(),
        new OverCentralizationRule(),
        new ReachabilityRule(),
        new ErrorBoundaryRule(),
        new ContextWindowRule(),
        new InstructionsRule(),
    ];

    /// <summary>Validates a design.</summary>
    /// <param name="design">The design to check.</param>
    /// <returns>Every problem found, errors first, each with a code, a message naming the node or edge, a JSON path and the node's id.</returns>
    public static IReadOnlyList<DesignProblem> Validate(DesignDocument design)
    {
        ArgumentNullException.ThrowIfNull(design);
        var context = new ValidationContext(design);
        foreach (var rule in Rules)
        {
            rule.Check(context);
        }

        // A stable sort keeps each severity's problems in rule order.
        return [.. context.Problems.OrderByDescending(p => p.Severity)];
    }
}
