// What the tools in agents.ts do, in plain TypeScript.

// Secrets come from the environment, never from the code.
export function secret(name: string): string {
  const value = process.env[name];
  if (value === undefined) {
    throw new Error(`Set the environment variable ${name}: a tool needs it.`);
  }
  return value;
}

// Values in a URL are escaped as AgentStudio escapes them: encodeURIComponent
// leaves !'()* as they are.
export function escapeUrl(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

// The body, led by the status on a line of its own when it is not a success.
export async function responseText(response: Response): Promise<string> {
  const body = await response.text();
  return response.ok ? body : `HTTP ${response.status}\n${body}`;
}

// ISO 8601 in UTC (with Z) or in an IANA time zone (with its offset).
export function currentTime(timezone?: string | null): string {
  const now = new Date();
  const zone = timezone?.trim();
  if (!zone) {
    return now.toISOString().replace(/\.\d{3}Z$/, "Z");
  }

  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
      timeZoneName: "longOffset",
    })
      .formatToParts(now)
      .map((part) => [part.type, part.value]),
  );
  // Z for a zero offset, as AgentStudio writes UTC.
  const offset = parts.timeZoneName.replace("GMT", "");
  const zoneText = offset === "" || offset === "+00:00" ? "Z" : offset;
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}:${parts.second}${zoneText}`;
}

// The http_get built-in: the page's body, or the status and the body.
export async function httpGet(url: string): Promise<string> {
  const response = await fetch(url.trim(), {
    signal: AbortSignal.timeout(15_000),
  });
  return responseText(response);
}
