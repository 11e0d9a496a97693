// AgentStudio export of revision 7 of the design "Customer support triage".
// Export again to update it, or edit it as your own code.

using Microsoft.Agents.AI;
using Microsoft.Agents.AI.Workflows;
using Microsoft.Extensions.AI;

namespace CustomerSupportTriage;

// Note: Delegation pattern (handoffs): TriageAgent transfers the whole conversation to a specialist, who answers the
// customer directly from then on. Good when specialists need the full context and their own instructions.

/// <summary>The agents of the design, each built on the chat client of its model.</summary>
internal sealed class CustomerSupportTriageAgents
{
    public CustomerSupportTriageAgents(ModelClients models)
    {
        TriageAgent = new ChatClientAgent(
            models.Get("gpt-4o"),
            new ChatClientAgentOptions
            {
                Id = "triage",
                Name = "TriageAgent",
                Description = "First point of contact for customer support",
                ChatOptions = new ChatOptions
                {
                    Instructions = "You are the first point of contact for customer support. Work out what the customer needs. Hand off to the billing agent for charges, invoices, refunds and subscriptions, and to the technical agent for crashes, errors, installation and performance problems. If the request is unclear, ask one short clarifying question before handing off. Never try to solve billing or technical problems yourself.",
                    Temperature = 0.2f,
                },
            });

        BillingAgent = new ChatClientAgent(
            models.Get("gpt-4o"),
            new ChatClientAgentOptions
            {
                Id = "billing",
                Name = "BillingAgent",
                Description = "Handles billing questions: charges, invoices, refunds and subscriptions",
                ChatOptions = new ChatOptions
                {
                    Instructions = "You are a billing specialist. Help with charges, invoices, refunds and subscription changes. Look up the customer's invoices before you answer a question about a charge. Explain what happened in plain words and what you will do about it. If the invoice lookup fails, apologise, say you could not reach the billing system and promise a follow-up by email instead of guessing amounts.",
                    Tools =
                    [
                        FunctionTools.LookupInvoices(),
                    ],
                },
            });

        TechnicalAgent = new ChatClientAgent(
            models.Get("gpt-4o"),
            new ChatClientAgentOptions
            {
                Id = "technical",
                Name = "TechnicalAgent",
                Description = "Solves technical problems: crashes, errors, installation and performance",
                ChatOptions = new ChatOptions
                {
                    Instructions = "You are a technical support specialist. Help with crashes, error messages, installation and performance problems. Ask for the product version and the exact error when they are missing. Give numbered steps the customer can follow. If you cannot solve the problem, escalate: summarise what was tried and tell the customer an engineer will contact them.",
                },
            });
    }

    /// <summary>The agent TriageAgent.</summary>
    public ChatClientAgent TriageAgent { get; }

    /// <summary>The agent BillingAgent.</summary>
    public ChatClientAgent BillingAgent { get; }

    /// <summary>The agent TechnicalAgent.</summary>
    public ChatClientAgent TechnicalAgent { get; }

    /// <summary>The agent a run starts with.</summary>
    public ChatClientAgent Entry => TriageAgent;

    /// <summary>The handoff workflow: a run starts with TriageAgent, and each agent may hand the conversation on.</summary>
    public Workflow BuildWorkflow()
    {
        // Agent Framework offers each agent its handoffs as tools named handoff_to_1, handoff_to_2, … (the Agents SDK
        // names them transfer_to_<agent>), with the design's descriptions, and turns parallel tool calls off for an
        // agent that has handoffs. The target sees the conversation without the handoff call and its output, and the
        // other agents' answers as user messages; the Agents SDK passes both on as they are.
        return AgentWorkflowBuilder.CreateHandoffBuilderWith(TriageAgent)
            .WithHandoff(TriageAgent, BillingAgent, "Billing and payment issues: charges, invoices, refunds, subscriptions")
            .WithHandoff(TriageAgent, TechnicalAgent, "Technical issues: crashes, errors, installation, performance")
            .Build();
    }
}
