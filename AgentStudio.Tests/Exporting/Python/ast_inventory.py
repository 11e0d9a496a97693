"""Lists what an exported agents_app.py defines, read from its syntax tree, as JSON on stdout.

Usage: python3 ast_inventory.py path/to/agents_app.py

The C# test PythonAstTests compares this inventory with the design: every agent, tool, edge,
output-schema field and model setting must appear. The script only parses; it never imports
the module, so the openai-agents package is not needed.
"""

import ast
import json
import sys


def literal(node):
    try:
        return ast.literal_eval(node)
    except ValueError:
        return ast.unparse(node)


def keywords(call):
    return {k.arg: k.value for k in call.keywords if k.arg is not None}


def callee(call):
    return ast.unparse(call.func)


def describe_handoff(node):
    if isinstance(node, ast.Call) and callee(node) == "handoff":
        found = keywords(node)
        return {
            "target": ast.unparse(node.args[0]),
            "tool_name_override": literal(found["tool_name_override"])
            if "tool_name_override" in found
            else None,
            "tool_description_override": literal(found["tool_description_override"])
            if "tool_description_override" in found
            else None,
            "input_filter": ast.unparse(found["input_filter"])
            if "input_filter" in found
            else None,
        }
    return {
        "target": ast.unparse(node),
        "tool_name_override": None,
        "tool_description_override": None,
        "input_filter": None,
    }


def describe_tool(node):
    if isinstance(node, ast.Call) and callee(node).endswith(".as_tool"):
        found = keywords(node)
        return {
            "kind": "agent",
            "agent": callee(node)[: -len(".as_tool")],
            "name": literal(found["tool_name"]),
            "description": literal(found["tool_description"]),
        }
    if isinstance(node, ast.Call) and callee(node) == "replace":
        found = keywords(node)
        return {
            "kind": "function",
            "function": ast.unparse(node.args[0]),
            "name": literal(found["name"]) if "name" in found else None,
            "description": literal(found["description"])
            if "description" in found
            else None,
        }
    return {
        "kind": "function",
        "function": ast.unparse(node),
        "name": None,
        "description": None,
    }


def function_tool(node):
    decorator = next(
        (
            d
            for d in node.decorator_list
            if ast.unparse(d).startswith("function_tool")
        ),
        None,
    )
    if decorator is None:
        return None
    found = keywords(decorator) if isinstance(decorator, ast.Call) else {}
    docstring = ast.get_docstring(node, clean=False)
    description = None
    if "description_override" in found:
        description = literal(found["description_override"])
    elif docstring is not None and not docstring.lstrip().startswith("Args:"):
        description = docstring.split("\n\n", 1)[0]
    return {
        "function": node.name,
        "name": literal(found["name_override"]) if "name_override" in found else node.name,
        "description": description,
        "parameters": [a.arg for a in node.args.args],
        "is_async": isinstance(node, ast.AsyncFunctionDef),
    }


def main(path):
    with open(path, encoding="utf-8") as file:
        tree = ast.parse(file.read(), path)
    inventory = {
        "agents": [],
        "function_tools": [],
        "classes": {},
        "mcp_servers": [],
        "appended": [],
    }
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            tool = function_tool(node)
            if tool is not None:
                inventory["function_tools"].append(tool)
        elif isinstance(node, ast.ClassDef):
            fields = {}
            for item in node.body:
                if isinstance(item, ast.AnnAssign):
                    alias = None
                    if isinstance(item.value, ast.Call):
                        alias_node = keywords(item.value).get("alias")
                        alias = literal(alias_node) if alias_node is not None else None
                    fields[alias or item.target.id] = ast.unparse(item.annotation)
            inventory["classes"][node.name] = fields
        elif isinstance(node, ast.Assign) and isinstance(node.value, ast.Call):
            variable = ast.unparse(node.targets[0])
            call = node.value
            found = keywords(call)
            if callee(call) == "Agent":
                settings = {}
                if "model_settings" in found:
                    settings = {
                        k: literal(v) for k, v in keywords(found["model_settings"]).items()
                    }
                inventory["agents"].append(
                    {
                        "variable": variable,
                        "name": literal(found["name"]),
                        "instructions": literal(found["instructions"])
                        if "instructions" in found
                        else None,
                        "handoff_description": literal(found["handoff_description"])
                        if "handoff_description" in found
                        else None,
                        "model": literal(found["model"]) if "model" in found else None,
                        "model_settings": settings,
                        "output_type": ast.unparse(found["output_type"])
                        if "output_type" in found
                        else None,
                        "tool_use_behavior": literal(found["tool_use_behavior"])
                        if "tool_use_behavior" in found
                        else None,
                        "tools": [describe_tool(t) for t in found["tools"].elts]
                        if "tools" in found
                        else [],
                        "handoffs": [describe_handoff(h) for h in found["handoffs"].elts]
                        if "handoffs" in found
                        else [],
                        "mcp_servers": [ast.unparse(s) for s in found["mcp_servers"].elts]
                        if "mcp_servers" in found
                        else [],
                    }
                )
            elif callee(call) in ("MCPServerStdio", "MCPServerStreamableHttp"):
                allowed = None
                if "tool_filter" in found:
                    allowed = literal(keywords(found["tool_filter"])["allowed_tool_names"])
                inventory["mcp_servers"].append(
                    {
                        "variable": variable,
                        "class": callee(call),
                        "name": literal(found["name"]),
                        "params": ast.unparse(found["params"]),
                        "allowed_tool_names": allowed,
                    }
                )
        elif (
            isinstance(node, ast.Expr)
            and isinstance(node.value, ast.Call)
            and callee(node.value).endswith(".append")
        ):
            owner, kind = callee(node.value)[: -len(".append")].split(".")
            item = node.value.args[0]
            inventory["appended"].append(
                {
                    "agent": owner,
                    "kind": kind,
                    "handoff": describe_handoff(item) if kind == "handoffs" else None,
                    "tool": describe_tool(item) if kind == "tools" else None,
                }
            )
    json.dump(inventory, sys.stdout, ensure_ascii=True, indent=1)


if __name__ == "__main__":
    main(sys.argv[1])
