#!/usr/bin/env bash
# The hardening bars of issue 13, measured: runs the tests that count them (the generated bad-input corpus over every
# route, the cross-site refusal on every state-changing route, the headers on every page type, the database role,
# the sealed key ring, a cluster started while its port is held) and a restore without any local feed, and writes
# bench/hardening.md with the figures the tests print.
set -euo pipefail
source "$(dirname "$0")/../scripts/common.sh"
cd "$ROOT"
log="$(mktemp)"
SOURCE_STATE="\`$(git rev-parse --short HEAD)\`$(git diff --quiet HEAD -- src tests || echo ' (with uncommitted changes)')"
say "Restoring into an empty package folder, from the machine's package source only"
packages="$(mktemp -d)"
if dotnet restore SocialeKaart.sln --packages "$packages" -v q >/dev/null 2>&1; then
  restore="restored $(find "$packages" -mindepth 1 -maxdepth 1 -type d | wc -l) packages into an empty folder"
else
  restore="**failed**"
fi
rm -rf "$packages"
feeds="$(git ls-files | grep -ci 'nuget\.config$' || true)"
say "Running the hardening tests"
./test.sh --filter "FullyQualifiedName~BadInputTests|FullyQualifiedName~CrossSiteTests|FullyQualifiedName~SecurityHeadersTests|FullyQualifiedName~DatabaseRoleTests|FullyQualifiedName~KeyRingTests|FullyQualifiedName~InputBoundaryTests|FullyQualifiedName~ClusterPortTests|FullyQualifiedName~RateLimitTests|FullyQualifiedName~content_security_policy" >"$log" 2>&1 || { tail -n 60 "$log"; die "a hardening test failed (log: $log)"; }
pick() { grep -m1 -oE "$1" "$log" || echo "(not printed)"; }
{
  echo "# Hardening (issue 13)"
  echo
  echo "- commit: $SOURCE_STATE, $(date -u +%Y-%m-%d), one run of \`bench/hardening.sh\`"
  echo "- machine: $(machine_line)"
  echo
  echo "| bar | measured |"
  echo "|---|---|"
  echo "| 0 answers ≥ 500 over ≥ 2,000 bad requests across all routes | $(pick 'Sent [0-9]+ bad requests to [0-9]+ routes; [0-9]+ failures') (BadInputTests) |"
  echo "| 0 state-changing routes accept a cross-site request with the cookie | $(pick '[0-9]+ state-changing routes, each sent the cookie 4 ways from elsewhere; [0-9]+ not refused') (CrossSiteTests) |"
  echo "| CSP without unsafe-inline, nosniff, Referrer-Policy, frame-ancestors on every page type | $(grep -c 'Passed SocialeKaart.IntegrationTests.Security.SecurityHeadersTests.every_kind_of_answer' "$log") answer kinds checked, all passed; the browser found no CSP refusal on $(grep -c 'content_security_policy_blocks_nothing' "$log") run over every public page and both maps |"
  echo "| HSTS in Production | \`UseHsts\` outside Development and Testing (SecurityHeadersSetup) |"
  echo "| the application role is not a superuser | $(grep -q 'Passed SocialeKaart.IntegrationTests.Security.DatabaseRoleTests' "$log" && echo 'socialekaart_app: no superuser, no createdb/createrole/bypassrls, owns its database (DatabaseRoleTests passed)' || echo 'not passed') |"
  echo "| no readable key material in the database | $(grep -q 'Passed SocialeKaart.IntegrationTests.Security.KeyRingTests.the_raw_rows' "$log" && echo 'every key-ring row sealed, no masterKey element (KeyRingTests passed)' || echo 'not passed') |"
  echo "| a clean clone restores with no local feed | $feeds nuget.config files in the repository; \`dotnet restore\`: $restore |"
  echo "| run.sh and test.sh start while the default port is held by another socket | $(grep -q 'Passed SocialeKaart.IntegrationTests.Operations.ClusterPortTests' "$log" && echo 'a bound, non-listening socket on the port: the cluster started on the next one (ClusterPortTests passed)' || echo 'not passed') |"
  echo
  echo "Each figure is printed by the test named, in this run; the tests run in \`./test.sh\` as well, so CI keeps the bars."
} > bench/hardening.md
cat bench/hardening.md
