import type { SearchHit } from "../../lib/search.ts";

/** Renders a snippet with its matches in <mark>, without ever injecting HTML. */
export function Snippet({ parts }: { parts: SearchHit["snippet"] }) {
  return <>{parts.map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}</>;
}
