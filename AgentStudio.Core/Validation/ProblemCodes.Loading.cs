namespace AgentStudio.Core.Validation;

public static partial class ProblemCodes
{
    /// <summary>The file is not well-formed JSON (the message gives line and column).</summary>
    public const string MalformedJson = "AS0001";

    /// <summary>The file is larger than <see cref="Serialization.DesignSerializer.MaxFileBytes"/>.</summary>
    public const string FileTooLarge = "AS0002";
}
