using AgentStudio.Core.Validation;
using AgentStudio.Storage;

namespace AgentStudio.Designer;

/// <summary>
/// A design as a <see cref="DesignerSession"/> opened it: what the store returned and the problems validation found
/// then, errors first. A session can start from one without reading or validating the design again
/// (<see cref="DesignerHandoff"/>).
/// </summary>
/// <param name="Stored">The design as read from the store, with the revision it is based on.</param>
/// <param name="Problems">The design's validation problems, errors first.</param>
public sealed record OpenedDesign(StoredDesign Stored, IReadOnlyList<DesignProblem> Problems);
