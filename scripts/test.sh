#!/usr/bin/env bash
# Runs every test: unit tests, type check, build, budgets, e2e + axe in Chromium.
# Ends with one line "N passed, N failed" (unit + e2e), which CI reads.
set -uo pipefail
cd "$(dirname "$0")/.."
export ASTRO_TELEMETRY_DISABLED=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1

# Astro 7 needs Node 22.12+. Fall back to the pinned Node in .tools (see README) when the machine's is older.
node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$node_major" -lt 22 ]; then
  if [ -x .tools/node_modules/.bin/node ]; then
    export PATH="$PWD/.tools/node_modules/.bin:$PATH"
  else
    echo "Node $(node --version 2>/dev/null) is te oud: Raadskompas heeft Node 22.12 of nieuwer nodig."
    echo 'Installeer Node 24, of draai eerst: (cd .tools && npm ci) && export PATH="$PWD/.tools/node_modules/.bin:$PATH"'
    echo "0 passed, 1 failed"
    exit 1
  fi
fi

failed_steps=()
step() { echo; echo "== $1"; }

# A browser for the e2e tests: Debian's Chromium when present or installable, else Playwright's own.
ensure_browser() {
  [ -n "${CHROMIUM_PATH:-}" ] && return 0
  [ -x /usr/bin/chromium ] && return 0
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "Chromium ontbreekt: installeren met apt-get …"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) && return 0
  fi
  echo "Geen Debian-Chromium: Playwright installeert zijn eigen browser …"
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD= npx playwright install chromium
}

# redis-server for the live server's scale-out tests (two processes sharing one Redis); Debian's package.
ensure_redis() {
  command -v redis-server >/dev/null 2>&1 && return 0
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    echo "redis-server ontbreekt: installeren met apt-get …"
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null) && return 0
  fi
  echo "Geen redis-server: de Redis-tests van de live-server worden overgeslagen (buiten CI)."
}

ensure_redis

step "Unit tests"
unit_out=$(mktemp)
node --test --test-reporter=spec --test-reporter-destination=stdout --test-reporter=tap --test-reporter-destination="$unit_out" "tests/unit/**/*.test.ts"
unit_rc=$?
unit_pass=$(grep -E '^# pass ' "$unit_out" | awk '{print $3}'); unit_pass=${unit_pass:-0}
unit_fail=$(grep -E '^# fail ' "$unit_out" | awk '{print $3}'); unit_fail=${unit_fail:-0}
[ "$unit_rc" -ne 0 ] && [ "$unit_fail" -eq 0 ] && unit_fail=1
[ "$unit_rc" -ne 0 ] && failed_steps+=("unit")

step "Type check (astro check)"
npx astro check --minimumSeverity warning || failed_steps+=("astro check")

build_log=$(mktemp)
step "Build"
if ! npx astro build >"$build_log" 2>&1; then
  cat "$build_log"; failed_steps+=("build")
else
  tail -n 3 "$build_log"
fi

step "JavaScript budget"
node scripts/budget.mjs || failed_steps+=("budget")

if [ -f ../shared/tools/seed-overlap.mjs ]; then
  step "Eigen woorden (seed-overlap)"
  node ../shared/tools/seed-overlap.mjs && echo "Geen tekst overgenomen uit de bronnen." || failed_steps+=("seed-overlap")
fi

step "E2E + axe"
e2e_pass=0; e2e_fail=0
if [ -d dist ]; then
  ensure_browser
  npx playwright test
  e2e_rc=$?
  if [ -f test-results/e2e.json ]; then
    read -r e2e_pass e2e_fail < <(node -e '
      const s = JSON.parse(require("fs").readFileSync("test-results/e2e.json","utf8")).stats;
      console.log(s.expected + s.flaky, s.unexpected);')
  fi
  [ "$e2e_rc" -ne 0 ] && [ "$e2e_fail" -eq 0 ] && e2e_fail=1
  [ "$e2e_rc" -ne 0 ] && failed_steps+=("e2e")
fi

echo
other_fail=0
for s in "${failed_steps[@]}"; do case "$s" in unit|e2e) ;; *) other_fail=$((other_fail + 1)) ;; esac; done
if [ "${#failed_steps[@]}" -gt 0 ]; then echo "Mislukt: ${failed_steps[*]}"; fi
# Steps without their own test count (type check, build, budget, overlap) count as one failure each.
echo "$((unit_pass + e2e_pass)) passed, $((unit_fail + e2e_fail + other_fail)) failed"
[ "${#failed_steps[@]}" -eq 0 ]
