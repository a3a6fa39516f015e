// Ids for imported sections and topics. They end up in issue markers and label names, so
// the rule is simple and stable: the title without parenthesised qualifiers, lowercased,
// accents dropped, every run of other characters turned into one hyphen.
//   "Django REST Framework (Deep)" -> django-rest-framework
//   "Async & Celery"               -> async-celery
//   "WebSocket / Socket.io"        -> websocket-socket-io
import { ID_MAX_LENGTH } from "../model/schema.js";

function slugOf(text: string): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (slug.length <= ID_MAX_LENGTH) return slug;
  // Cut at a word boundary so the id still reads as words.
  const cut = slug.slice(0, ID_MAX_LENGTH + 1);
  const lastHyphen = cut.lastIndexOf("-");
  return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, ID_MAX_LENGTH)).replace(/-+$/, "");
}

/** The id a title would get, before making it unique. `fallback` when nothing is left. */
export function slugify(title: string, fallback: string): string {
  const withoutQualifiers = title.replace(/\([^()]*\)/g, " ");
  return slugOf(withoutQualifiers) || slugOf(title) || fallback;
}

/** Hands out ids unique within one namespace: the second "docker" becomes "docker-2". */
export class IdAllocator {
  private readonly taken = new Set<string>();

  constructor(private readonly fallback: string) {}

  next(title: string): string {
    const base = slugify(title, this.fallback);
    let id = base;
    for (let n = 2; this.taken.has(id); n++) {
      const suffix = `-${n}`;
      id = `${base.slice(0, ID_MAX_LENGTH - suffix.length).replace(/-+$/, "")}${suffix}`;
    }
    this.taken.add(id);
    return id;
  }
}
