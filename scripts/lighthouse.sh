#!/usr/bin/env bash
# Lighthouse (mobile preset, its default 4× CPU throttle) over every page in the sitemap of the built
# site. Prints a table and exits 1 when a page scores below the bar: performance 98, accessibility,
# best practices and SEO 100. Not part of `npm test`: Lighthouse is ~160 MB, fetched on first use.
# Usage: npm run build && bash scripts/lighthouse.sh [port]
set -euo pipefail
cd "$(dirname "$0")/.."
port=${1:-4510}
[ -d dist ] || { echo "lighthouse: geen dist/ — draai eerst npm run build."; exit 2; }
node scripts/serve.mjs dist "$port" >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null' EXIT
sleep 0.5
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run --disable-sync"
out=$(mktemp -d)
paths=$(cat dist/sitemap-*.xml | grep -o '<loc>[^<]*</loc>' | grep -v sitemap- | sed -E 's#<loc>https?://[^/]+##; s#</loc>##')
printf '%-5s %-5s %-5s %-5s  %s\n' perf a11y bp seo pagina
fail=0
for path in $paths; do
  if ! npx --yes lighthouse@13.5.0 "http://127.0.0.1:$port$path" --quiet --output=json --output-path="$out/r.json" \
    --only-categories=performance,accessibility,best-practices,seo --chrome-flags="$flags" >/dev/null 2>&1; then
    echo "✗ Lighthouse kon $path niet meten"; fail=1; continue
  fi
  node -e '
    const r = require(process.argv[1]); const c = r.categories; const s = (k) => Math.round(c[k].score * 100);
    const bar = { performance: 98, accessibility: 100, "best-practices": 100, seo: 100 };
    const low = Object.keys(bar).filter((k) => s(k) < bar[k]);
    console.log(`${String(s("performance")).padEnd(5)} ${String(s("accessibility")).padEnd(5)} ${String(s("best-practices")).padEnd(5)} ${String(s("seo")).padEnd(5)}  ${process.argv[2]}${low.length ? "  ✗ onder de lat: " + low.join(", ") : ""}`);
    process.exit(low.length ? 1 : 0);' "$out/r.json" "$path" || fail=1
done
[ "$fail" -eq 0 ] && echo "Alle pagina's halen de lat." || { echo "Niet alle pagina's halen de lat."; exit 1; }
