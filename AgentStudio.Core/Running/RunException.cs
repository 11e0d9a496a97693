namespace AgentStudio.Core.Running;

/// <summary>A run failure of a known <see cref="RunErrorKind"/>, with the message the user sees.</summary>
public sealed class RunException : Exception
{
    /// <summary>A failure of <paramref name="kind"/>.</summary>
    public RunException(RunErrorKind kind, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
    }

    /// <summary>A model-behaviour failure.</summary>
    public RunException(string message)
        : this(RunErrorKind.ModelBehavior, message)
    {
    }

    /// <summary>A model-behaviour failure wrapping another exception.</summary>
    public RunException(string message, Exception innerException)
        : this(RunErrorKind.ModelBehavior, message, innerException)
    {
    }

    /// <summary>A model-behaviour failure with a generic message.</summary>
    public RunException()
        : this(RunErrorKind.ModelBehavior, "The run failed.")
    {
    }

    /// <summary>The kind of failure.</summary>
    public RunErrorKind Kind { get; }
}
