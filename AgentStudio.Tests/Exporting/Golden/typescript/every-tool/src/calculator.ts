// The calculator tool: arithmetic only, read by a small parser, so a model's
// input never runs as code. The grammar is AgentStudio's, loosest first:
//   sum     = product (("+" | "-") product)*
//   product = unary (("*" | "/" | "%") unary)*
//   unary   = ("-" | "+") unary | power
//   power   = primary (("^" | "**") unary)?
//   primary = number | constant | function "(" [sum ("," sum)*] ")" | "(" sum ")"

const MAX_LENGTH = 10_000;
const MAX_DEPTH = 64;
const CONSTANTS: Record<string, number> = { pi: Math.PI, e: Math.E };
const FUNCTIONS = [
  "sqrt",
  "abs",
  "round",
  "floor",
  "ceil",
  "min",
  "max",
  "ln",
  "log10",
  "exp",
  "sin",
  "cos",
  "tan",
];

// The value as AgentStudio writes it: whole numbers in full, others to 15
// significant digits, so 0.1 + 0.2 is 0.3.
export function calculate(expression: string): string {
  const value = new Parser(expression).evaluate();
  if (Number.isInteger(value) && Math.abs(value) <= 2 ** 53) {
    return value === 0 ? "0" : value.toFixed(0);
  }
  return String(Number(value.toPrecision(15)));
}

class Parser {
  private position = 0;
  private depth = 0;

  constructor(private readonly text: string) {}

  evaluate(): number {
    if (this.text.length > MAX_LENGTH) {
      throw new Error(
        `The expression is ${this.text.length} characters long; the calculator takes at most ${MAX_LENGTH}.`,
      );
    }
    if (this.skipSpaces() === undefined) {
      throw new Error("The expression is empty.");
    }
    const value = this.sum();
    if (this.skipSpaces() !== undefined) {
      throw this.unexpected();
    }
    if (Number.isNaN(value)) {
      throw new Error("The result is not a real number.");
    }
    if (!Number.isFinite(value)) {
      throw new Error("The result is too large to represent.");
    }
    return value;
  }

  private sum(): number {
    let value = this.product();
    for (;;) {
      const symbol = this.skipSpaces();
      if (symbol !== "+" && symbol !== "-") {
        return value;
      }
      this.position++;
      const right = this.product();
      value = symbol === "+" ? value + right : value - right;
    }
  }

  private product(): number {
    let value = this.unary();
    for (;;) {
      const symbol = this.skipSpaces();
      if (!symbol || !"*/%×÷".includes(symbol) || this.isPower()) {
        return value;
      }
      const at = ++this.position;
      const right = this.unary();
      if ((symbol === "/" || symbol === "÷" || symbol === "%") && right === 0) {
        throw new Error(
          symbol === "%"
            ? `Remainder of a division by zero at position ${at}.`
            : `Division by zero at position ${at}.`,
        );
      }
      value =
        symbol === "%"
          ? value % right
          : symbol === "*" || symbol === "×"
            ? value * right
            : value / right;
    }
  }

  private unary(): number {
    const symbol = this.skipSpaces();
    if (symbol !== "-" && symbol !== "+") {
      return this.power();
    }
    this.enter();
    this.position++;
    const operand = this.unary();
    this.depth--;
    return symbol === "-" ? -operand : operand;
  }

  private power(): number {
    const value = this.primary();
    this.skipSpaces();
    if (!this.isPower()) {
      return value;
    }
    this.position += this.text[this.position] === "^" ? 1 : 2;
    this.enter();
    const exponent = this.unary();
    this.depth--;
    return Math.pow(value, exponent);
  }

  private primary(): number {
    const symbol = this.skipSpaces();
    if (symbol === undefined) {
      throw new Error(
        `The expression ends too early at position ${this.position + 1}: a number, a name or '(' should follow.`,
      );
    }
    if (/[0-9.]/.test(symbol)) {
      return this.number();
    }
    if (/[A-Za-z]/.test(symbol)) {
      return this.name();
    }
    if (symbol !== "(") {
      throw this.unexpected();
    }
    this.enter();
    this.position++;
    const value = this.sum();
    this.expect(")");
    this.depth--;
    return value;
  }

  private number(): number {
    const start = this.position;
    const match = /^(\d*)(\.\d*)?/.exec(this.text.slice(start))!;
    if ((match[1] + (match[2] ?? "")).replace(".", "") === "") {
      throw this.unexpected(start);
    }
    this.position += match[0].length;
    // An exponent only when digits follow the e: "2e" is 2 then a stray name.
    const exponent = /^[eE][+-]?\d+/.exec(this.text.slice(this.position));
    if (exponent) {
      this.position += exponent[0].length;
    }
    const value = Number(this.text.slice(start, this.position));
    if (!Number.isFinite(value)) {
      throw new Error(`The number at position ${start + 1} is too large.`);
    }
    return value;
  }

  private name(): number {
    const start = this.position;
    const word = /^[A-Za-z0-9_]+/.exec(this.text.slice(start))![0];
    this.position += word.length;
    const name = word.toLowerCase();
    if (this.skipSpaces() !== "(") {
      if (name in CONSTANTS) {
        return CONSTANTS[name];
      }
      throw new Error(
        FUNCTIONS.includes(name)
          ? `The function ${name} at position ${start + 1} needs its arguments in parentheses, as in ${name}(2).`
          : `Unknown name '${word}' at position ${start + 1}; the constants are pi and e.`,
      );
    }
    if (!FUNCTIONS.includes(name)) {
      throw new Error(
        `Unknown function '${word}' at position ${start + 1}; the functions are ${FUNCTIONS.join(", ")}.`,
      );
    }
    this.enter();
    this.position++;
    const args: number[] = [];
    if (this.skipSpaces() !== ")") {
      args.push(this.sum());
      while (this.skipSpaces() === ",") {
        this.position++;
        args.push(this.sum());
      }
    }
    this.expect(")");
    this.depth--;
    return call(name, args, start + 1);
  }

  private expect(symbol: string): void {
    const next = this.skipSpaces();
    if (next === symbol) {
      this.position++;
      return;
    }
    throw new Error(
      next === undefined
        ? `The expression ends too early at position ${this.position + 1}: '${symbol}' is missing.`
        : `Expected '${symbol}' at position ${this.position + 1} but found '${next}'.`,
    );
  }

  private enter(): void {
    if (++this.depth > MAX_DEPTH) {
      throw new Error(
        `The expression nests too deeply at position ${this.position + 1}: at most ${MAX_DEPTH} levels of parentheses, functions, signs and powers.`,
      );
    }
  }

  private isPower(): boolean {
    const next = this.text[this.position];
    return (
      next === "^" || (next === "*" && this.text[this.position + 1] === "*")
    );
  }

  private unexpected(at = this.position): Error {
    return at >= this.text.length
      ? new Error(`The expression ends too early at position ${at + 1}.`)
      : new Error(`Unexpected '${this.text[at]}' at position ${at + 1}.`);
  }

  private skipSpaces(): string | undefined {
    while (/\s/.test(this.text[this.position] ?? "")) {
      this.position++;
    }
    return this.text[this.position];
  }
}

function call(name: string, args: number[], at: number): number {
  const one = (): number => {
    if (args.length !== 1) {
      throw new Error(
        `${name} takes 1 argument, not ${args.length}, at position ${at}.`,
      );
    }
    return args[0];
  };
  const positive = (): number => {
    const x = one();
    if (x <= 0) {
      throw new Error(
        `${name} of ${x} at position ${at}: the argument must be greater than 0.`,
      );
    }
    return x;
  };
  switch (name) {
    case "sqrt": {
      const x = one();
      if (x < 0) {
        throw new Error(`sqrt of the negative number ${x} at position ${at}.`);
      }
      return Math.sqrt(x);
    }
    case "round":
      return round(args, at);
    case "min":
    case "max":
      if (args.length === 0) {
        throw new Error(`${name} takes at least 1 argument at position ${at}.`);
      }
      return name === "min" ? Math.min(...args) : Math.max(...args);
    case "ln":
      return Math.log(positive());
    case "log10":
      return Math.log10(positive());
    default:
      return (Math[name as "abs"] as (x: number) => number)(one());
  }
}

// Halves go away from zero, as people round by hand.
function round(args: number[], at: number): number {
  if (args.length !== 1 && args.length !== 2) {
    throw new Error(
      `round takes 1 or 2 arguments, not ${args.length}, at position ${at}.`,
    );
  }
  const places = args[1] ?? 0;
  if (!Number.isInteger(places) || places < 0 || places > 15) {
    throw new Error(
      `round takes a whole number of decimal places from 0 to 15, not ${places}, at position ${at}.`,
    );
  }
  const factor = 10 ** places;
  return (Math.sign(args[0]) * Math.round(Math.abs(args[0]) * factor)) / factor;
}
