namespace AgentStudio.Core.Validation;

/// <summary>How serious a <see cref="DesignProblem"/> is.</summary>
public enum ProblemSeverity
{
    /// <summary>Worth knowing; the design still runs.</summary>
    Warning,

    /// <summary>The design cannot be loaded or run until this is fixed.</summary>
    Error,
}

/// <summary>
/// One thing wrong with a design file or a design: a stable code (for example <c>AS0001</c>), a
/// severity, a message a person understands that names the node or edge, and where it is.
/// </summary>
/// <param name="Code">Stable identifier, never reused for another meaning (see <see cref="ProblemCodes"/>).</param>
/// <param name="Severity">Whether the problem stops a load or run.</param>
/// <param name="Message">What is wrong and how to fix it, naming the node or edge.</param>
/// <param name="Path">JSON path of the offending value, for example <c>$.agents[2].name</c>.</param>
/// <param name="NodeId">The id of the agent, tool, edge or note the problem belongs to, when there is one; the designer marks it.</param>
public sealed record DesignProblem(string Code, ProblemSeverity Severity, string Message, string Path, string? NodeId = null)
{
    /// <summary>Whether this problem is an error.</summary>
    public bool IsError => Severity == ProblemSeverity.Error;

    /// <inheritdoc />
    public override string ToString() => $"{Code} {Severity.ToString().ToLowerInvariant()} {Path}: {Message}";
}
