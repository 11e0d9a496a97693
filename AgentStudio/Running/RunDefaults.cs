namespace AgentStudio.Running;

/// <summary>The limits every run of the app gets from configuration (see <see cref="ModelProvidersConfiguration"/>).</summary>
/// <param name="Timeout">How long a run may take (<c>AgentStudio:Models:RunTimeout</c>).</param>
internal sealed record RunDefaults(TimeSpan Timeout);
