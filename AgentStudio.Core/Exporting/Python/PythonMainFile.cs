using System.Text;

namespace AgentStudio.Core.Exporting.Python;

/// <summary>
/// Writes <c>main.py</c>: reads the user's input from the command line, points the SDK at Chat Completions and the
/// configured provider, connects the MCP servers, streams the run's progress to standard error and prints the final
/// output last, on standard output.
/// </summary>
internal static class PythonMainFile
{
    /// <summary>The file name.</summary>
    public const string FileName = "main.py";

    /// <summary>The file's text for the context's design, whose agents file was written.</summary>
    public static string Write(PythonExportContext context)
    {
        var design = context.Design;
        var entry = context.AgentVariables[design.Entry!];
        var entryName = design.FindAgent(design.Entry!)!.Name;
        var hasServers = context.McpServers.Count > 0;
        var hasOutputTypes = design.Agents.Any(a => a.OutputSchema is { ValueKind: not System.Text.Json.JsonValueKind.Null });

        var text = new StringBuilder();
        text.Append(PythonComments.Header(context.Source));
        text.Append('\n');
        text.Append("import argparse\nimport asyncio\nimport os\nimport sys\n");
        if (hasServers)
        {
            text.Append("from contextlib import AsyncExitStack\n");
        }

        text.Append("\nfrom agents import (\n    Runner,\n    set_default_openai_api,\n    set_default_openai_client,\n    set_tracing_disabled,\n)\n");
        text.Append("from openai import AsyncAzureOpenAI\nfrom openai.types.responses import ResponseTextDeltaEvent\n");
        if (hasOutputTypes)
        {
            text.Append("from pydantic import BaseModel\n");
        }

        text.Append('\n');
        text.Append(hasServers ? $"from agents_app import {string.Join(", ", new[] { "mcp_servers", entry }.Order(StringComparer.OrdinalIgnoreCase))}\n" : $"from agents_app import {entry}\n");
        text.Append("""


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

            """);
        text.Append($"    result = Runner.run_streamed({entry}, user_input)\n");
        text.Append("""
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

            """);
        text.Append(hasOutputTypes
            ? "    output = result.final_output\n    print(output.model_dump_json(indent=2) if isinstance(output, BaseModel) else output)\n"
            : "    print(result.final_output)\n");
        text.Append("\n\nasync def main() -> None:\n");
        var description = PythonCode.KeywordString("description", $"Run the design {design.Name} with the OpenAI Agents SDK.", 8);
        text.Append("    ").Append(PythonCode.Call("parser = argparse.ArgumentParser", [description], 4)).Append('\n');
        var help = PythonCode.KeywordString("help", $"What the user says to {entryName}.", 8);
        text.Append("    ").Append(PythonCode.Call("parser.add_argument", ["\"input\"", help], 4)).Append('\n');
        text.Append("    args = parser.parse_args()\n    configure_openai()\n");
        if (hasServers)
        {
            text.Append("""
                    async with AsyncExitStack() as stack:
                        for server in mcp_servers:
                            await stack.enter_async_context(server)
                        await run(args.input)

                """);
        }
        else
        {
            text.Append("    await run(args.input)\n");
        }

        text.Append("\n\nif __name__ == \"__main__\":\n    asyncio.run(main())\n");
        return text.ToString();
    }
}
