using AgentStudio.Core.Designs;
using AgentStudio.Core.Validation;

namespace AgentStudio.Core.Serialization;

/// <summary>The outcome of reading a design file: the design when it loaded, and every problem found.</summary>
/// <param name="Design">The loaded design; <see langword="null"/> when an error stopped the load.</param>
/// <param name="Problems">Loading problems, each with a code, a JSON path and a message.</param>
public sealed record DesignLoadResult(DesignDocument? Design, IReadOnlyList<DesignProblem> Problems)
{
    /// <summary>Whether the design loaded (no loading errors).</summary>
    public bool Succeeded => Design is not null && !Problems.Any(p => p.IsError);
}
