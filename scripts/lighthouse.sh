#!/usr/bin/env bash
# Lighthouse scores for the main pages of the built site (not part of `npm test`: Lighthouse adds
# ~160 MB). Usage: npm run build && bash scripts/lighthouse.sh [port]
set -euo pipefail
cd "$(dirname "$0")/.."
port=${1:-4510}
node scripts/serve.mjs dist "$port" >/dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null' EXIT
sleep 0.5
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run --disable-sync"
out=$(mktemp -d)
for path in / /kennis/staalkaarten/wmo/ /kennis/koerskaarten/preventie/ /zoeken/ /visie/ /informatie/waardemodel/ /sturing/raadsvoorstel-toets/ /werkboek/; do
  npx --yes lighthouse@13.5.0 "http://127.0.0.1:$port$path" --quiet --output=json --output-path="$out/r.json" \
    --only-categories=performance,accessibility,best-practices,seo --chrome-flags="$flags" >/dev/null 2>&1
  node -e 'const r=require(process.argv[1]);const c=r.categories;console.log(Object.keys(c).map(k=>`${k} ${Math.round(c[k].score*100)}`).join(" · "), " ", process.argv[2])' "$out/r.json" "$path"
done
