using AgentStudio.Core.Designs;

namespace AgentStudio.Core.Validation;

/// <summary>Checks a loaded design against the rules of the format: errors stop a run, warnings do not.</summary>
public static class DesignValidator
{
    /// <summary>Validates a design.</summary>
    /// <param name="design">The design to check.</param>
    /// <returns>Every problem found, errors first, each with a code, a message naming the node or edge, and a JSON path.</returns>
    public static IReadOnlyList<DesignProblem> Validate(DesignDocument design)
    {
        ArgumentNullException.ThrowIfNull(design);
        var problems = new List<DesignProblem>();
        if (string.IsNullOrWhiteSpace(design.Entry))
        {
            problems.Add(new DesignProblem("AS0100", ProblemSeverity.Error, "The design has no entry agent: set which agent a run starts with.", "$.entry"));
        }

        return problems;
    }
}
