/** The scenarios a chapter's MDX places (`<Scenario id="…" />`), in page order, each once. */
export function scenarioIds(mdx: string): string[] {
  return [...new Set([...mdx.matchAll(/<Scenario\s+id="([^"]+)"/g)].map((match) => match[1]!))];
}
