using Microsoft.Extensions.AI;

namespace AgentStudio.Benchmarks.Hybrid;

/// <summary>
/// Recognises the handoff tools each framework offers its model, whatever it names them: AgentStudio (like the
/// OpenAI Agents SDK) offers <c>transfer_to_billing_agent</c>, Agent Framework <c>handoff_to_&lt;agent id&gt;</c>
/// with the target's description. The handoff to billing is the one whose name or description says billing.
/// </summary>
internal static class HandoffTools
{
    /// <summary>The start of the call ids the in-memory client gives its handoff calls.</summary>
    public const string CallIdPrefix = "call_handoff_";

    private static readonly string[] NamePrefixes = ["transfer_to_", "handoff_to_"];

    public static bool IsHandoff(AIFunctionDeclaration tool) => IsHandoffName(tool.Name);

    public static bool IsToBilling(AIFunctionDeclaration tool) =>
        IsHandoff(tool)
        && (tool.Name.Contains("billing", StringComparison.OrdinalIgnoreCase) || tool.Description.Contains("billing", StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether <paramref name="message"/> holds a handoff call (a framework may drop them from the history it passes on).</summary>
    public static bool WasCalledIn(ChatMessage message) => message.Contents.OfType<FunctionCallContent>().Any(c => IsHandoffName(c.Name));

    public static bool IsHandoffCallId(string callId) => callId.StartsWith(CallIdPrefix, StringComparison.Ordinal);

    private static bool IsHandoffName(string name) => NamePrefixes.Any(p => name.StartsWith(p, StringComparison.OrdinalIgnoreCase));
}
