# AgentStudio export of revision 7 of the design "Research manager".
# Export again to update it, or edit it as your own code.
#
# Note: Manager pattern (agents as tools): the manager calls ResearchAgent and
# AnalysisAgent like functions, gets their results back and keeps control of the
# conversation. Good for tasks that need one coherent final answer.

from agents import Agent, ModelSettings, function_tool
from pydantic import BaseModel, Field


@function_tool
def web_search(query: str) -> str:
    """Search the web for a query and return the top results

    Args:
        query: What to search for
    """
    return (
        f'Top results for "{query}": 1) An overview article from a trade journal. 2) A '
        "recent industry report with figures. 3) A university study comparing "
        "approaches."
    )


class ResearchOutput(BaseModel):
    topic: str
    key_facts: list[str]
    sources: list[str]
    confidence_score: float = Field(ge=0, le=1)


research_agent = Agent(
    name="ResearchAgent",
    instructions=(
        "You research one topic at a time. Use web_search to find current, reliable "
        "information and return your findings in the required structure: the topic, "
        "the key facts as short sentences, the sources you used, and a confidence "
        "score between 0 and 1. If the search fails or finds nothing, return an empty "
        "key_facts list and a low confidence score."
    ),
    handoff_description="Gathers detailed research on a given topic",
    model="gpt-4o",
    output_type=ResearchOutput,
    tools=[web_search],
)

analysis_agent = Agent(
    name="AnalysisAgent",
    instructions=(
        "You analyse research findings. Identify trends, compare options and point out "
        "risks and open questions. Be concise and say how certain each conclusion is. "
        "If the findings you are given are incomplete, say which conclusions they "
        "cannot support."
    ),
    handoff_description="Analyses research findings and draws conclusions",
    model="gpt-4o",
)

manager_agent = Agent(
    name="ManagerAgent",
    instructions=(
        "You are a research manager. Break the user's question into research and "
        "analysis steps. Call the research tool to gather facts on each topic, then "
        "call the analyze tool with the findings. Combine the results into one clear "
        "answer with a short summary, the key facts and the sources. If a tool fails "
        "or returns nothing useful, say what is missing instead of guessing."
    ),
    handoff_description="Coordinates research and analysis to answer complex questions",
    model="gpt-4o",
    model_settings=ModelSettings(temperature=0.3, parallel_tool_calls=True),
    tools=[
        research_agent.as_tool(
            tool_name="research",
            tool_description="Gather detailed research on a given topic",
        ),
        analysis_agent.as_tool(
            tool_name="analyze",
            tool_description="Analyse research findings and draw conclusions",
        ),
    ],
)
