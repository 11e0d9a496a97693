namespace AgentStudio.Security.ApiKeys;

/// <summary>A key name that cannot be used: empty, too long, or the name of another key in use.</summary>
public sealed class ApiKeyNameException(string message) : ArgumentException(message);
