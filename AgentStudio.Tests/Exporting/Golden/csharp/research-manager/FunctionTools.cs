// AgentStudio export of revision 7 of the design "Research manager".
// Export again to update it, or edit it as your own code.

using Microsoft.Extensions.AI;

namespace ResearchManager;

/// <summary>The design's function tools, as functions the agents' models can call.</summary>
internal static class FunctionTools
{
    /// <summary>The mock tool web_search: answers every call from its response template.</summary>
    public static AIFunction WebSearch(
        string name = "web_search",
        string description = "Search the web for a query and return the top results") =>
        new MockFunction(
            name,
            description,
            """
            {
              "type": "object",
              "properties": {
                "query": {
                  "type": "string",
                  "description": "What to search for"
                }
              },
              "required": [
                "query"
              ]
            }
            """,
            "Top results for \"{{query}}\": 1) An overview article from a trade journal. 2) A recent industry report with figures. 3) A university study comparing approaches.");
}
