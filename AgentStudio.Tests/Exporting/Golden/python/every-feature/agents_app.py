# AgentStudio export of revision 7 of the design "Every feature "quoted" — déjà vu".
# Export again to update it, or edit it as your own code.
#
# Note: Front desk first.
#
# Orders second, with a very long line that has to be wrapped because it goes on and on
# past the eighty-eight columns black allows.

import ast
import json
import math
import operator
import os
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Literal
from urllib.parse import quote
from zoneinfo import ZoneInfo

import httpx
from agents import Agent, ModelSettings, function_tool, handoff
from agents.extensions import handoff_filters
from agents.mcp import (
    MCPServerStdio,
    MCPServerStreamableHttp,
    create_static_tool_filter,
)
from pydantic import BaseModel, Field


def _text(value: object) -> str:
    # As AgentStudio fills templates: text as is, other values as JSON, None as nothing.
    if value is None:
        return ""
    return value if isinstance(value, str) else json.dumps(value)


def _escape(value: object) -> str:
    # Values in a URL are escaped, as AgentStudio does.
    return quote(_text(value), safe="")


@function_tool
def lookup_order(order_id: str, verbose: bool | None = None) -> str:
    """Look up an order by its number

    Args:
        order_id: The order number
    """
    return (
        f'Order {order_id} shipped on 2026-11-02 {{"verbose": {_text(verbose)}}} '
        "${secret:NOT_RESOLVED}"
    )


@function_tool(
    name_override="get-weather",
    description_override=(
        "Get the weather for a city from the weather service, which answers in JSON "
        "with the temperature and the sky"
    ),
)
async def get_weather(city: str, days: int | None = None) -> str:
    weather_key = os.environ["WEATHER_KEY"]
    weather_token = os.environ["WEATHER_TOKEN"]
    async with httpx.AsyncClient(timeout=30.0, follow_redirects=True) as client:
        response = await client.request(
            "POST",
            (
                f"https://api.example.com/weather?q={_escape(city)}&key="
                f"{_escape(weather_key)}"
            ),
            headers={
                "Authorization": f"Bearer {weather_token}",
                "X-Days": f"{_text(days)}",
                "Content-Type": "application/json",
            },
            content=f'{{"city": "{city}"}}',
        )
    if response.is_success:
        return response.text
    return f"HTTP {response.status_code}\n{response.text}"


@function_tool(
    description_override=(
        "Returns the current date and time as an ISO 8601 timestamp, such as "
        "2026-11-24T10:00:00+01:00. Use it whenever the answer depends on today's date "
        "or the time of day; do not guess them."
    ),
)
def current_time(timezone: str | None = None) -> str:
    """
    Args:
        timezone: IANA time zone id, such as Europe/Paris or America/New_York. Leave it out for UTC.
    """
    zone = ZoneInfo(timezone.strip()) if timezone and timezone.strip() else UTC
    now = datetime.now(zone).replace(microsecond=0)
    # Z for a zero offset, as AgentStudio writes UTC.
    if now.utcoffset() == timedelta(0):
        return now.strftime("%Y-%m-%dT%H:%M:%SZ")
    return now.isoformat()


_OPERATORS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.Mod: operator.mod,
    ast.Pow: math.pow,
    ast.USub: operator.neg,
    ast.UAdd: operator.pos,
}
_FUNCTIONS = {
    "sqrt": math.sqrt,
    "abs": abs,
    "round": lambda x, places=0: round(x, int(places)),
    "floor": math.floor,
    "ceil": math.ceil,
    "min": min,
    "max": max,
    "ln": math.log,
    "log10": math.log10,
    "exp": math.exp,
    "sin": math.sin,
    "cos": math.cos,
    "tan": math.tan,
}
_CONSTANTS = {"pi": math.pi, "e": math.e}


def _evaluate(node: ast.expr) -> float:
    # Numbers and the operators, constants and functions above; nothing else runs.
    if isinstance(node, ast.Constant) and type(node.value) in (int, float):
        return node.value
    if isinstance(node, ast.Name) and node.id in _CONSTANTS:
        return _CONSTANTS[node.id]
    if isinstance(node, ast.BinOp) and type(node.op) in _OPERATORS:
        return _OPERATORS[type(node.op)](_evaluate(node.left), _evaluate(node.right))
    if isinstance(node, ast.UnaryOp) and type(node.op) in _OPERATORS:
        return _OPERATORS[type(node.op)](_evaluate(node.operand))
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in _FUNCTIONS
        and not node.keywords
    ):
        return _FUNCTIONS[node.func.id](*(_evaluate(arg) for arg in node.args))
    raise ValueError(f"Not an arithmetic expression: {ast.unparse(node)}")


@function_tool
def calculator(expression: str) -> str:
    """Do arithmetic

    Args:
        expression: The expression, such as (12.5 * 4 - 3) / 2 or sqrt(2) * 10^3.
    """
    value = _evaluate(ast.parse(expression.replace("^", "**"), mode="eval").body)
    # Whole numbers as integers, others to 15 significant digits: 0.1 + 0.2 is 0.3.
    if value == int(value) and abs(value) <= 2**53:
        return str(int(value))
    return repr(float(f"{value:.15g}"))


@function_tool(
    description_override=(
        "Fetches a public web page or API endpoint with an HTTP GET request and "
        "returns the response body as text (long bodies are cut off). A status other "
        "than 2xx comes back as 'HTTP <status>' on the first line. Only http and https "
        "URLs of public servers can be fetched."
    ),
)
async def fetch_page(url: str) -> str:
    """
    Args:
        url: The absolute http or https URL to fetch, such as https://example.com/page.
    """
    async with httpx.AsyncClient(timeout=30.0, follow_redirects=True) as client:
        response = await client.get(url.strip())
    if response.is_success:
        return response.text
    return f"HTTP {response.status_code}\n{response.text}"


class Items(BaseModel):
    sku: str
    quantity: int


class SummarizerOutput(BaseModel):
    headline: str = Field(description="One line")
    status: Literal["open", "closed"]
    total: float = Field(ge=0)
    items: list[Items]
    note: str | None = None
    class_: bool = Field(alias="class")


files_server = MCPServerStdio(
    name="files",
    params={
        "command": "npx",
        "args": ["-y", "@modelcontextprotocol/server-filesystem", "."],
        "env": {
            "FS_TOKEN": os.environ["FS_TOKEN"],
            "MODE": "read " + os.environ["FS_MODE"] + " only",
        },
    },
    tool_filter=create_static_tool_filter(
        allowed_tool_names=["read_file", "list_directory"]
    ),
)

docs_server = MCPServerStreamableHttp(
    name="docs",
    params={
        "url": "https://mcp.example.com/mcp",
        "headers": {"Authorization": "Bearer " + os.environ["DOCS_TOKEN"]},
    },
)

order_agent = Agent(
    name="OrderAgent",
    instructions="You handle orders. Call lookup_order, then answer.",
    handoff_description="Handles orders",
    model="gpt-4o-mini",
    model_settings=ModelSettings(tool_choice="required"),
    tool_use_behavior="stop_on_first_tool",
    tools=[lookup_order],
    mcp_servers=[docs_server],
)

summarizer_agent = Agent(
    name="Summarizer",
    instructions="Summarise the order history.",
    model="gpt-4o-mini",
    output_type=SummarizerOutput,
)

front_desk_agent = Agent(
    name="Front Desk",
    instructions=(
        "Greet the customer.\n"
        'Then route them: "orders" go to OrderAgent, anything else you answer.\\ Use '
        "C:\\path when asked. Emoji: 🙂, tab:\tend."
    ),
    handoff_description="Welcomes customers",
    model="gpt-4o",
    model_settings=ModelSettings(
        temperature=0.7,
        top_p=0.9,
        max_tokens=512,
        parallel_tool_calls=False,
        tool_choice="auto",
    ),
    tools=[
        summarizer_agent.as_tool(
            tool_name="summarize", tool_description="Summarise the history"
        ),
        current_time,
        replace(calculator, name="calc", description="Arithmetic, exactly"),
        fetch_page,
        get_weather,
    ],
    handoffs=[
        handoff(
            order_agent,
            tool_description_override="Order questions",
            input_filter=handoff_filters.remove_all_tools,
        ),
    ],
    mcp_servers=[files_server],
)

# These edges lead back to agents defined earlier, so they are added once both exist.
order_agent.handoffs.append(
    handoff(front_desk_agent, tool_name_override="back_to_front")
)

# main.py connects these servers before the run and closes them after it.
mcp_servers = [files_server, docs_server]
