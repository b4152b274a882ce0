#!/usr/bin/env bash
# Starts the built app-image once under Xvfb with --smoke (training mode, a throw-away data folder) and fails
# unless it shows the keypad, opens the receipt log and exits 0 within 90 s.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
app="$root/target/dist/app-image/mixpay-pos/bin/mixpay-pos"
[ -x "$app" ] || { echo "no app-image at $app: run ./mvnw -B -Pdist package first" >&2; exit 1; }
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
out=$(timeout 90 xvfb-run -a -s "-screen 0 1280x800x24" "$app" --smoke --data-dir "$scratch/data" 2>&1) || {
  echo "$out"; echo "smoke run failed" >&2; exit 1; }
echo "$out" | grep -v "Unsupported JavaFX configuration\|^WARNING: " || true
echo "$out" | grep -q "^smoke: first frame" || { echo "no smoke line in the output" >&2; exit 1; }
[ -f "$scratch/data/training-receipts.sqlite" ] || { echo "the receipt log was not opened" >&2; exit 1; }
echo "smoke run passed"
