#!/usr/bin/env bash
# Takes README's screenshots from real runs of the app: the real window under Xvfb on the real engine, in the
# training layout (embedded simulator, customer panel) and the live layout (a payee set, MixPay played by the
# simulator on loopback, src/test/.../screens/StandaloneMixPay), driven by the keyboard with xdotool.
#   assets/screenshots/take.sh [WIDTHxHEIGHT] [OUT_DIR] [LANGUAGE]   (default 1280x800, assets/screenshots, the
#   computer's language; e.g. `take.sh 1280x800 /tmp/zh zh-CN` takes the set with the till in Simplified Chinese)
# Needs: a built tree (./mvnw -B -q -DskipTests test-compile), Debian xvfb xauth libgtk-3-0 xdotool imagemagick
# zbar-tools sqlite3 (TAKE_DISPLAY=:NN picks the X display; a random one from :70 otherwise). Every QR screenshot is decoded with zbarimg and checked against the sale's link in the log.
set -euo pipefail
cd "$(dirname "$0")/../.."
size=${1:-1280x800}
out=${2:-assets/screenshots}
language=${3:-}
language_args=()
[ -n "$language" ] && language_args=(--language "$language")
mkdir -p "$out"
work=$(mktemp -d)
display=:${TAKE_DISPLAY:-$((70 + RANDOM % 20))}
cp_file=$work/cp.txt
./mvnw -B -q dependency:build-classpath -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=test >/dev/null
cp="target/classes:target/test-classes:$(cat "$cp_file")"
Xvfb "$display" -screen 0 "${size}x24" -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; kill "$xvfb" 2>/dev/null || true; }
trap cleanup EXIT
export DISPLAY=$display
sleep 1

key() { xdotool key --delay 60 "$@"; sleep 0.4; }
type_text() { xdotool type --delay 80 "$1"; sleep 0.4; }
shot() { sleep "${2:-1.2}"; import -display "$display" -window root "$out/$1.png"; echo "shot $out/$1.png"; }
check_qr() { # waits until the QR on screen decodes, then checks it is the newest sale's link
  local db=$1 decoded="" link
  for _ in $(seq 30); do
    decoded=$(zbarimg -q --raw "$out/$2.png" 2>/dev/null | head -1 || true)
    [ -n "$decoded" ] && break
    shot "$2" 0.5 >/dev/null
  done
  link=$(sqlite3 "$db" "select payment_link from sales order by id desc limit 1")
  [ "$decoded" = "$link" ] || { echo "QR on $2.png reads '$decoded', the log says '$link'" >&2; exit 1; }
  echo "qr $2.png = $decoded"
}
start_app() { # data dir, then app options
  local data=$1; shift
  java -cp "$cp" app.mixpos.Main --data-dir "$data" "${language_args[@]}" "$@" >"$data.out" 2>&1 &
  pids+=($!)
  xdotool search --sync --name "MixPay" >/dev/null
  for _ in $(seq 150); do grep -q "Receipt log chain" "$data.out" 2>/dev/null && break; sleep 0.2; done
  xdotool search --name "MixPay" windowactivate --sync 2>/dev/null || true
  sleep 0.5
}
stop_app() { kill -TERM "${pids[-1]}"; wait "${pids[-1]}" 2>/dev/null || true; unset 'pids[-1]'; }

# --- live layout: a payee, training off, MixPay simulated on loopback -------------------------------------------
mkfifo "$work/mixpay.in"
java -cp "$cp" app.mixpos.screens.StandaloneMixPay <"$work/mixpay.in" >"$work/mixpay.out" 2>&1 &
pids+=($!)
exec 7>"$work/mixpay.in"
for _ in $(seq 50); do grep -q '^PAY ' "$work/mixpay.out" 2>/dev/null && break; sleep 0.2; done
api=$(sed -n 's/^API //p' "$work/mixpay.out"); pay=$(sed -n 's/^PAY //p' "$work/mixpay.out")
mixpay() { echo "$*" >&7; sleep 0.3; }
live=$work/live
mkdir -p "$live"
# a manager PIN (2468), stored as the settings screen stores it, so the PIN prompt shows before the settings
python3 - "$live/settings.properties" <<'PY'
import base64, hashlib, os, sys
salt = os.urandom(16)
digest = hashlib.pbkdf2_hmac("sha256", b"2468", salt, 210000, 32)
with open(sys.argv[1], "w") as f:
    f.write("managerPin=pbkdf2-sha256$210000$%s$%s\n" % (base64.b64encode(salt).decode(), base64.b64encode(digest).decode()))
PY
start_app "$live" --payee-id 0b5e6a4c-3f2d-4e1a-9c8b-7d6e5f4a3b2c --api-url "$api" --pay-url "$pay"
db=$live/receipts.sqlite

type_text "12.50"; shot keypad
key Return; shot waiting 3; check_qr "$db" waiting
mixpay play pay_exactly; shot paid 6
key Return
key F3; type_text "btc"; shot currency; key Return
type_text "0.00012345"; shot keypad-btc
key Return; sleep 3; mixpay play pay_less_then_top_up; shot underpaid 5
key Escape; shot cancel 1; key Escape; sleep 10; key Return
key F3; type_text "usd"; key Return
type_text "40"; key Return; sleep 3; mixpay play overpay; shot surplus 8; key Return
type_text "7"; key Return; sleep 3; mixpay play fail_40000; shot failed 6; key Return
type_text "9.90"; key Return; sleep 3; mixpay tamper quoteAmount 0.99; mixpay play pay_exactly; shot mismatch 6; key Return
key F2; shot recent 2; key Escape
key F10; shot pin 2; type_text "2468"; key Return; shot settings 3; key Escape
key F4; sleep 2; type_text "2468"; key Return; shot reports 5; key Escape
type_text "3.20"; key Return; sleep 3; key Escape; key Delete; mixpay play pay_exactly; shot notice 25
stop_app

# --- training layout: the embedded simulator and the customer panel ---------------------------------------------
train=$work/training
start_app "$train"
type_text "19.90"; key Return; shot training 3; check_qr "$train/training-receipts.sqlite" training
stop_app
echo "screenshots in $out at $size${language:+ in $language}"
