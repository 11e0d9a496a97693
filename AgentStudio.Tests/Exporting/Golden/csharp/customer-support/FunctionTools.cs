// AgentStudio export of revision 7 of the design "Customer support triage".
// Export again to update it, or edit it as your own code.

using Microsoft.Extensions.AI;

namespace CustomerSupportTriage;

/// <summary>The design's function tools, as functions the agents' models can call.</summary>
internal static class FunctionTools
{
    /// <summary>The mock tool lookup_invoices: answers every call from its response template.</summary>
    public static AIFunction LookupInvoices(
        string name = "lookup_invoices",
        string description = "List the customer's recent invoices with their amounts and dates") =>
        new MockFunction(
            name,
            description,
            """
            {
              "type": "object",
              "properties": {
                "customer_email": {
                  "type": "string",
                  "description": "The customer's email address"
                }
              },
              "required": [
                "customer_email"
              ]
            }
            """,
            "Invoices for {{customer_email}}: INV-1042 $20.00 on 2026-10-01 (subscription), INV-1043 $20.00 on 2026-10-01 (subscription, duplicate charge).");
}
