namespace AgentStudio.Core.Exporting;

/// <summary>One file of an exported project.</summary>
/// <param name="Path">The file's path inside the project folder, with <c>/</c> between folders (for example <c>src/agents.ts</c>).</param>
/// <param name="Content">The file's text; lines end with <c>\n</c> and the text ends with one.</param>
/// <param name="Language">The language the file is written in, for highlighting: <c>python</c>, <c>typescript</c>, <c>csharp</c>, <c>json</c>, <c>xml</c>, <c>markdown</c> or <c>plaintext</c>.</param>
public sealed record GeneratedFile(string Path, string Content, string Language);
