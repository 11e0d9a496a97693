using AgentStudio.Core.Designs;
using AgentStudio.Core.Templates;

namespace AgentStudio.Benchmarks.Hybrid;

/// <summary>
/// The conversation every hybrid run case plays on the hybrid support template: triage hands off to billing, billing
/// calls its two sub-agents as tools (each sub-agent answers with one model call) and then answers the customer.
/// </summary>
internal static class HybridConversation
{
    /// <summary>The customer's message.</summary>
    public const string Input = "I was charged twice for my subscription last month";

    /// <summary>What the model answers once it has nothing left to call.</summary>
    public const string FinalAnswer = "Your duplicate charge has been refunded.";

    /// <summary>How the tool call log names the handoff to billing, whatever the framework calls the tool.</summary>
    public const string HandoffToBilling = "handoff to billing";

    /// <summary>
    /// The work of one run: 5 model calls (triage, billing, InvoiceLookup, RefundCalculator, billing again), the
    /// handoff and the two sub-agent tools (named as the template's tool edges name them), answered by billing.
    /// </summary>
    public static RunWork Expected { get; } = new(5, [HandoffToBilling, "lookup_invoice", "calculate_refund"], "BillingAgent");

    /// <summary>The hybrid support template's design, which both frameworks are built from.</summary>
    public static DesignDocument Design => DesignTemplates.Find("hybrid-support")?.Design
        ?? throw new InvalidOperationException("The hybrid-support template is missing.");
}
