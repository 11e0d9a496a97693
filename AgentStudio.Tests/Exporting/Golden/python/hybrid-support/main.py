# AgentStudio export of revision 7 of the design "Hybrid support".
# Export again to update it, or edit it as your own code.

import argparse
import asyncio
import os
import sys

from agents import (
    Runner,
    set_default_openai_api,
    set_default_openai_client,
    set_tracing_disabled,
)
from openai import AsyncAzureOpenAI
from openai.types.responses import ResponseTextDeltaEvent

from agents_app import triage_agent


def configure_openai() -> None:
    # Chat Completions, as AgentStudio uses, so any OpenAI-compatible server works too.
    # OPENAI_API_KEY and OPENAI_BASE_URL are read by the OpenAI client itself.
    set_default_openai_api("chat_completions")
    if os.environ.get("AZURE_OPENAI_ENDPOINT"):
        # Azure OpenAI: the agents' model names are your deployments' names.
        set_default_openai_client(
            AsyncAzureOpenAI(
                api_key=os.environ["AZURE_OPENAI_API_KEY"],
                azure_endpoint=os.environ["AZURE_OPENAI_ENDPOINT"],
                api_version=os.environ.get("OPENAI_API_VERSION", "2024-10-21"),
            ),
            use_for_tracing=False,
        )
    if os.environ.get("AZURE_OPENAI_ENDPOINT") or os.environ.get("OPENAI_BASE_URL"):
        # Traces are sent to OpenAI's platform, which another server's key cannot reach.
        set_tracing_disabled(True)


async def run(user_input: str) -> None:
    result = Runner.run_streamed(triage_agent, user_input)
    async for event in result.stream_events():
        # Progress goes to standard error, so standard output holds only the answer.
        if event.type == "raw_response_event":
            if isinstance(event.data, ResponseTextDeltaEvent):
                print(event.data.delta, end="", file=sys.stderr, flush=True)
        elif event.type == "agent_updated_stream_event":
            print(f"\n[{event.new_agent.name}]", file=sys.stderr, flush=True)
        elif event.type == "run_item_stream_event" and event.name == "tool_called":
            tool = getattr(event.item.raw_item, "name", "a tool")
            print(f"\n[calling {tool}]", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    print(result.final_output)


async def main() -> None:
    parser = argparse.ArgumentParser(
        description="Run the design Hybrid support with the OpenAI Agents SDK."
    )
    parser.add_argument("input", help="What the user says to TriageAgent.")
    args = parser.parse_args()
    configure_openai()
    await run(args.input)


if __name__ == "__main__":
    asyncio.run(main())
