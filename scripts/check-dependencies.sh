#!/usr/bin/env bash
# Fails on a known high or critical vulnerability in the packages we ship (issue 13): every NuGet package of the
# solution, transitive ones included, and the site's npm packages that reach the browser (not the test-only ones).
# A source that cannot answer the question is said so plainly, never taken for "no vulnerabilities".
set -uo pipefail
cd "$(dirname "$0")/.."

failed=0
nuget="$(dotnet list SocialeKaart.sln package --vulnerable --include-transitive 2>&1)"
if ! grep -q "no vulnerable packages\|has the following vulnerable packages" <<<"$nuget"; then
  echo "==> NuGet vulnerability check could not run here:"; grep -v "^\s*$" <<<"$nuget" | tail -n 3
elif grep -qE "^\s+>.*\s(High|Critical)\s" <<<"$nuget"; then
  echo "==> NuGet packages with high or critical vulnerabilities:"; grep -E "has the following|^\s+>" <<<"$nuget"
  failed=1
else
  echo "==> NuGet: no package with a high or critical vulnerability ($(grep -c 'no vulnerable packages' <<<"$nuget") projects checked)"
  grep -E "^\s+>" <<<"$nuget" | sed 's/^/    (lower severity) /' || true
fi

npm_out="$(cd src/Modules/Site && npm audit --omit=dev --audit-level=high 2>&1)"; npm_rc=$?
if grep -q "audit endpoint returned an error\|ENOTFOUND\|EAI_AGAIN\|ECONNREFUSED" <<<"$npm_out"; then
  echo "==> npm audit could not run here (the registry's audit endpoint does not answer): $(grep -m1 'npm warn audit\|npm error' <<<"$npm_out")"
elif [ "$npm_rc" -ne 0 ]; then
  echo "==> npm packages with high or critical vulnerabilities:"; echo "$npm_out"
  failed=1
else
  echo "==> npm: no high or critical vulnerability in the site's packages"
fi
exit "$failed"
