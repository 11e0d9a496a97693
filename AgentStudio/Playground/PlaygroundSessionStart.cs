using AgentStudio.Core.Validation;

namespace AgentStudio.Playground;

/// <summary>What starting a playground session gave: the session, or the errors that keep the design from running.</summary>
/// <param name="Session">The session; null when the design has errors.</param>
/// <param name="Problems">The design's errors; empty when the session started.</param>
internal sealed record PlaygroundSessionStart(PlaygroundSession? Session, IReadOnlyList<DesignProblem> Problems);
