namespace AgentStudio.Core.Running.Models.Reliability;

/// <summary>
/// A model call failed for a reason the user can act on, told in plain words (no SDK types, settings or links):
/// the server cut its answer short, answered with something else, took too long or kept failing.
/// </summary>
/// <remarks>The run turns it into a <see cref="RunErrorKind.ModelError"/>.</remarks>
public sealed class ModelCallException : Exception
{
    /// <summary>A failure described by <paramref name="message"/>.</summary>
    public ModelCallException(string message)
        : base(message)
    {
    }

    /// <summary>A failure described by <paramref name="message"/>, caused by <paramref name="innerException"/>.</summary>
    public ModelCallException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>A failure with a generic message.</summary>
    public ModelCallException()
        : base("the model call failed")
    {
    }
}
