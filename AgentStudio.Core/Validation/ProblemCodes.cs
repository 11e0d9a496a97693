namespace AgentStudio.Core.Validation;

/// <summary>
/// The stable problem codes. A code keeps its meaning forever; a retired code is never reused.
/// AS00xx are file-loading problems, AS01xx validation errors, AS02xx validation warnings.
/// </summary>
public static partial class ProblemCodes;
