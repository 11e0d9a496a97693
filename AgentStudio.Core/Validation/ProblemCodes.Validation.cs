namespace AgentStudio.Core.Validation;

public static partial class ProblemCodes
{
    /// <summary>Error: the design names no entry agent.</summary>
    public const string NoEntry = "AS0100";

    /// <summary>Error: the entry is not the id of an agent.</summary>
    public const string UnknownEntry = "AS0101";

    /// <summary>Error: an edge starts or ends at an id that is no agent or tool.</summary>
    public const string UnknownEdgeEnd = "AS0102";

    /// <summary>Error: an edge starts at a tool or note; only agents call tools or hand off.</summary>
    public const string EdgeFromNonAgent = "AS0103";

    /// <summary>Error: a handoff goes to a tool or note, or a tool edge goes to a note.</summary>
    public const string EdgeTargetWrongKind = "AS0104";

    /// <summary>Error: an agent hands off to itself or calls itself as a tool.</summary>
    public const string SelfEdge = "AS0105";

    /// <summary>Error: agents call each other as tools in a cycle, which would recurse forever.</summary>
    public const string AgentToolCycle = "AS0106";

    /// <summary>Error: two tools or handoffs offered to one agent have the same name.</summary>
    public const string DuplicateToolName = "AS0107";

    /// <summary>Error: an agent's outputSchema is not a valid JSON Schema.</summary>
    public const string InvalidOutputSchema = "AS0108";

    /// <summary>Error: a tool's parameters are not a valid JSON Schema object.</summary>
    public const string InvalidParametersSchema = "AS0109";

    /// <summary>Error: a tool name breaks the function-name rule ^[a-zA-Z0-9_-]{1,64}$ that model APIs enforce.</summary>
    public const string InvalidToolName = "AS0110";

    /// <summary>Error: an agent's name is blank.</summary>
    public const string BlankAgentName = "AS0111";

    /// <summary>Error: two edges of the same kind join the same two nodes.</summary>
    public const string DuplicateEdge = "AS0112";

    /// <summary>Error: a <c>${secret:NAME}</c> reference is malformed.</summary>
    public const string MalformedSecretReference = "AS0113";

    /// <summary>Error: a credential is written into the design instead of referenced as <c>${secret:NAME}</c>.</summary>
    public const string LiteralSecret = "AS0114";

    /// <summary>Error: an http tool has no URL.</summary>
    public const string HttpToolWithoutUrl = "AS0115";

    /// <summary>Error: an mcp tool needs exactly one of a command (stdio) or a URL (HTTP).</summary>
    public const string McpTransport = "AS0116";

    /// <summary>Error: a model setting is outside its range.</summary>
    public const string ModelSettingOutOfRange = "AS0117";

    /// <summary>Error (found when compiling for a run): a tool cannot be built, e.g. an unknown built-in or a kind this version cannot run.</summary>
    public const string ToolCannotRun = "AS0118";

    /// <summary>Error (found when compiling for a run): a <c>${secret:NAME}</c> reference names a secret that is not configured.</summary>
    public const string UnresolvedSecret = "AS0119";

    /// <summary>Error (found when compiling for a run): an mcp tool wants to start a command line that is not on the trusted list.</summary>
    public const string UntrustedMcpCommand = "AS0120";

    /// <summary>Error (found when compiling for a run): a tool would send a secret to a host the secret is not bound to.</summary>
    public const string SecretNotBound = "AS0121";

    /// <summary>Warning: a handoff says nothing about when to take it ("under-specified handoff").</summary>
    public const string UnderSpecifiedHandoff = "AS0200";

    /// <summary>Warning: a manager's instructions exceed 2,000 tokens ("over-centralization: consider handoffs").</summary>
    public const string OverCentralizedManager = "AS0201";

    /// <summary>Warning: no path of edges leads from the entry agent to this agent.</summary>
    public const string UnreachableAgent = "AS0202";

    /// <summary>Warning: a specialist uses tools but has no fallback for when they fail ("missing error boundary").</summary>
    public const string MissingErrorBoundary = "AS0203";

    /// <summary>Warning: the estimated prompt exceeds the model's context window.</summary>
    public const string ContextWindowExceeded = "AS0204";

    /// <summary>Warning: an agent has no instructions.</summary>
    public const string NoInstructions = "AS0205";

    /// <summary>Warning: no edge leads to a tool, so no agent can call it ("unused tool").</summary>
    public const string UnusedTool = "AS0206";

    /// <summary>Warning: a tool edge offers an agent as a tool without a description; the model gets none ("tool edge without description").</summary>
    public const string AgentToolWithoutDescription = "AS0207";

    /// <summary>Warning: an output schema uses a keyword OpenAI's strict mode does not take; the path is the keyword's.</summary>
    public const string KeywordNotInStrictMode = "AS0208";

    /// <summary>Warning: an output schema or tool parameters cannot be made strict (an object open to other properties, a nullable root, …).</summary>
    public const string NoStrictForm = "AS0209";
}
