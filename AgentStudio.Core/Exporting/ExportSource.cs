using AgentStudio.Core.Designs;

namespace AgentStudio.Core.Exporting;

/// <summary>What an export is made from: a valid design and the stored revision it was read at.</summary>
/// <param name="Design">The design; callers validate it first (the exporter trusts its references).</param>
/// <param name="Revision">The stored revision number, written in the header comment; <see langword="null"/> for a file that was never stored.</param>
public sealed record ExportSource(DesignDocument Design, int? Revision);
