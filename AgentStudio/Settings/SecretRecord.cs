namespace AgentStudio.Settings;

/// <summary>A secret entered on the settings page: its value encrypted, the hosts it may be sent to in clear.</summary>
public sealed record SecretRecord
{
    /// <summary>The name designs refer to as <c>${secret:NAME}</c>.</summary>
    public string Name { get; init; } = "";

    /// <summary>The host patterns it may be sent to (<c>api.example.com</c>, <c>*.example.com</c>).</summary>
    public IReadOnlyList<string> Hosts { get; init; } = [];

    /// <summary>The value encrypted with ASP.NET Core Data Protection.</summary>
    public string ProtectedValue { get; init; } = "";

    /// <summary>The last four characters of the value, for the masked display.</summary>
    public string? Hint { get; init; }
}
