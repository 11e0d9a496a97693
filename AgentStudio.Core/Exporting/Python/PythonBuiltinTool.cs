using AgentStudio.Core.Designs;
using AgentStudio.Core.Running.Tools.Builtin;

namespace AgentStudio.Core.Exporting.Python;

/// <summary>
/// The studio's built-in tools (<see cref="BuiltinTools"/>) as function tools doing the same work in plain Python:
/// <c>current_time</c> with zoneinfo, <c>calculator</c> on Python's own parser restricted to arithmetic, and
/// <c>http_get</c> with httpx. The description and parameters are the built-in's own, so the model sees the same tool.
/// </summary>
internal static class PythonBuiltinTool
{
    private const string Indent = PythonCode.Indent;

    // The calculator's evaluator walks the parsed expression and knows only arithmetic, so a model's input never runs code.
    private const string Evaluator = """
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

        """;

    /// <summary>The function's source, or <see langword="null"/> after a refusal.</summary>
    public static string? Write(PythonExportContext context, BuiltinTool tool, string function)
    {
        Running.Tools.IAgentTool builtin;
        try
        {
            builtin = BuiltinTools.Create(tool);
        }
        catch (NotSupportedException e)
        {
            context.Refuse(tool.Id, tool.Name, e.Message);
            return null;
        }

        var parameters = PythonParameter.Read(context, tool, builtin.ParametersSchema);
        if (parameters is null)
        {
            return null;
        }

        var which = (string.IsNullOrWhiteSpace(tool.Builtin) ? tool.Name : tool.Builtin).Trim();
        var isAsync = which == BuiltinTools.HttpGet;
        IReadOnlyList<string> body = which switch
        {
            BuiltinTools.CurrentTime => CurrentTime(context),
            BuiltinTools.Calculator => Calculator(context),
            _ => HttpGet(context),
        };
        var source = PythonFunctionTool.Write(context, tool, function, builtin.Description, parameters, isAsync, body);
        if (source is not null && which == BuiltinTools.Calculator && !context.Definitions.Contains(Evaluator))
        {
            context.Definitions.Add(Evaluator.TrimEnd('\n') + "\n");
        }

        return source;
    }

    private static List<string> CurrentTime(PythonExportContext context)
    {
        context.Imports.From("datetime", "UTC");
        context.Imports.From("datetime", "datetime");
        context.Imports.From("datetime", "timedelta");
        context.Imports.From("zoneinfo", "ZoneInfo");
        return
        [
            $"{Indent}zone = ZoneInfo(timezone.strip()) if timezone and timezone.strip() else UTC",
            $"{Indent}now = datetime.now(zone).replace(microsecond=0)",
            $"{Indent}# Z for a zero offset, as AgentStudio writes UTC.",
            $"{Indent}if now.utcoffset() == timedelta(0):",
            $"{Indent}{Indent}return now.strftime(\"%Y-%m-%dT%H:%M:%SZ\")",
            $"{Indent}return now.isoformat()",
        ];
    }

    private static List<string> Calculator(PythonExportContext context)
    {
        context.Imports.Module("ast");
        context.Imports.Module("math");
        context.Imports.Module("operator");
        return
        [
            $"{Indent}value = _evaluate(ast.parse(expression.replace(\"^\", \"**\"), mode=\"eval\").body)",
            $"{Indent}# Whole numbers without a decimal point, others to 15 significant digits (0.1 + 0.2 is 0.3).",
            $"{Indent}if value == int(value) and abs(value) <= 2**53:",
            $"{Indent}{Indent}return str(int(value))",
            $"{Indent}return repr(float(f\"{{value:.15g}}\"))",
        ];
    }

    private static List<string> HttpGet(PythonExportContext context)
    {
        context.Imports.Module("httpx");
        return
        [
            $"{Indent}async with httpx.AsyncClient(timeout=30.0, follow_redirects=True) as client:",
            $"{Indent}{Indent}response = await client.get(url.strip())",
            $"{Indent}if response.is_success:",
            $"{Indent}{Indent}return response.text",
            $"{Indent}return f\"HTTP {{response.status_code}}\\n{{response.text}}\"",
        ];
    }
}
