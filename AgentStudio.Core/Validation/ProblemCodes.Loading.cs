namespace AgentStudio.Core.Validation;

public static partial class ProblemCodes
{
    /// <summary>The file is not well-formed JSON; the message gives the line and column.</summary>
    public const string MalformedJson = "AS0001";

    /// <summary>The file is larger than <see cref="Serialization.DesignSerializer.MaxFileBytes"/>.</summary>
    public const string FileTooLarge = "AS0002";

    /// <summary>Objects and arrays are nested deeper than <see cref="Serialization.DesignSerializer.MaxDepth"/>.</summary>
    public const string NestedTooDeeply = "AS0003";

    /// <summary>The file or one of its items is not a JSON object where one is required.</summary>
    public const string NotAnObject = "AS0004";

    /// <summary>The <c>format</c> property is missing or is not <c>agentstudio.design</c>.</summary>
    public const string NotADesignFile = "AS0005";

    /// <summary>The <c>version</c> property is missing or is not a whole number of at least 1.</summary>
    public const string InvalidVersion = "AS0006";

    /// <summary>The file was written by a newer AgentStudio whose format this version cannot read.</summary>
    public const string NewerVersion = "AS0007";

    /// <summary>A required property (an id, a name, a kind, an edge's ends) is missing or null.</summary>
    public const string MissingProperty = "AS0008";

    /// <summary>A property has the wrong JSON type (for example a number where a string belongs).</summary>
    public const string WrongType = "AS0009";

    /// <summary>A tool or edge has a <c>kind</c> this version does not know.</summary>
    public const string UnknownKind = "AS0010";

    /// <summary>A property has a value outside the allowed ones (an enum value, a blank id).</summary>
    public const string InvalidValue = "AS0011";

    /// <summary>Two agents, tools or notes (or two edges) share an id.</summary>
    public const string DuplicateId = "AS0012";

    /// <summary>The file's bytes are not UTF-8 text; the message gives the line, column and byte offset.</summary>
    public const string InvalidUtf8 = "AS0013";

    /// <summary>A string or property name holds an unpaired UTF-16 surrogate (such as <c>"\ud800"</c>), which is no character.</summary>
    public const string LoneSurrogate = "AS0014";

    /// <summary>Warning: an object names the same property twice; the last value wins, as in JavaScript.</summary>
    public const string DuplicateProperty = "AS0015";

    /// <summary>The file passed every check but still could not be read; the message says why.</summary>
    public const string Unreadable = "AS0099";
}
