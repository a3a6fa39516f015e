// Markdown links inside one line of text, "[Title](https://…)", found by hand with indexOf
// (one pass; no regex to backtrack on untrusted text). Bare "https://…" words count too.

export interface Link {
  title: string;
  url?: string;
}

export function linksInText(text: string): Link[] {
  const links: Link[] = [];
  let at = 0;
  while (at < text.length) {
    const open = text.indexOf("[", at);
    if (open < 0) break;
    const middle = text.indexOf("](", open + 1);
    if (middle < 0) break;
    const close = text.indexOf(")", middle + 2);
    if (close < 0) break;
    const title = text.slice(open + 1, middle).trim();
    const url = text
      .slice(middle + 2, close)
      .trim()
      .split(" ")[0]!;
    // A relative or in-page link has no address worth keeping: its title still names the resource.
    if (isWebUrl(url)) links.push({ title: title || url, url });
    else if (title !== "") links.push({ title });
    at = close + 1;
  }
  if (links.length > 0) return links;
  return text
    .split(/\s+/)
    .filter(isWebUrl)
    .map((url) => ({ title: url, url }));
}

export function isWebUrl(text: string): boolean {
  return (text.startsWith("https://") || text.startsWith("http://")) && !/\s/.test(text);
}
