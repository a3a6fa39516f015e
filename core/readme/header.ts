// The README's header from the roadmap: its title as the page's heading and its intro
// under it, drawn between the optional header markers (readme-region.ts), so a copy of
// the template shows its learner's title and not the original author's.
import type { Roadmap } from "../model/schema.js";
import { inlineText, neutralizeMentions } from "../text/markdown.js";

export function renderHeader(roadmap: Roadmap): string {
  const lines = [`# ${inlineText(roadmap.title)}`];
  // The intro is Markdown as written (emphasis, links kept); it only must not mention
  // anyone, nor open an HTML comment that could swallow the markers after it.
  if (roadmap.intro) lines.push("", neutralizeMentions(roadmap.intro).replace(/<!--/g, "&lt;!--"));
  return lines.join("\n");
}
