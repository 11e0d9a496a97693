namespace AgentStudio.Tests.Core.Running.Tools;

/// <summary>What the local test server answers.</summary>
internal sealed record ServerReply(int Status, string Body, string ContentType = "text/plain; charset=utf-8");
