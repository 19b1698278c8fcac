#!/usr/bin/env bash
# The Windows build, tested under Wine: called by .ci/run after the normal
# tests, and runnable on its own (`ci/windows.sh`) on Debian or Ubuntu.
#
# 1. Installs what a fresh machine lacks: the mingw-w64 linker, Wine and the
#    Rust target x86_64-pc-windows-gnu.
# 2. Builds the release top3.exe and the library's unit tests for Windows, in
#    one profile so the dependencies are built once per run, and the Linux
#    release build to compare with.
# 3. Makes a throw-away Wine prefix with a stand-in bcryptprimitives.dll
#    (ci/wine/: Wine 8 lacks it, Windows 10 and 11 have it; never shipped).
# 4. Runs the unit tests under Wine, then the command-line part of top3.exe
#    beside the Linux build on the same files, and compares: byte for byte
#    where the output must be identical, with `\` for `/` where a path is
#    printed (Windows writes its own separator), and the .docx by the files
#    inside its zip (see README, "Windows").
# 5. Builds the download (scripts/dist.sh) and checks what is in the archives.
#
# The interactive screen is not run here: Wine 8 draws it garbled.
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$(pwd)
TARGET=x86_64-pc-windows-gnu

# --- 1. tools -------------------------------------------------------------
as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else echo "windows.sh: $* needs root (or sudo)" >&2; return 1
  fi
}
missing=()
command -v x86_64-w64-mingw32-gcc >/dev/null 2>&1 || missing+=(gcc-mingw-w64-x86-64)
command -v wine >/dev/null 2>&1 || missing+=(wine)
command -v zip >/dev/null 2>&1 || missing+=(zip)
command -v unzip >/dev/null 2>&1 || missing+=(unzip)
if [ ${#missing[@]} -gt 0 ]; then
  echo "windows.sh: installing ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
rustup target add "$TARGET" >/dev/null 2>&1
# Debian's `wine` script warns on stderr when the 32-bit part is missing;
# the 64-bit loader itself says nothing.
WINE=wine
for w in /usr/lib/wine/wine64 /usr/lib/x86_64-linux-gnu/wine/wine64 "$(command -v wine64 || true)"; do
  if [ -n "$w" ] && [ -x "$w" ]; then WINE=$w; break; fi
done

# --- 2. builds ------------------------------------------------------------
export CARGO_TERM_COLOR=never
echo "windows.sh: building top3.exe (release)"
cargo build --release --locked --target "$TARGET"
UNIT_EXE=$REPO/$(cargo test --release --locked --target "$TARGET" --lib --no-run 2>&1 |
  sed -n 's/.*Executable.*(\(.*\.exe\))$/\1/p' | tail -1)
cargo build --release --locked
WIN_EXE="$REPO/target/$TARGET/release/top3.exe"
LIN="$REPO/target/release/top3"
ls -l "$WIN_EXE" "$LIN"

# --- 3. the Wine prefix ---------------------------------------------------
WORK=$(mktemp -d)
trap 'wineserver -k >/dev/null 2>&1 || true; rm -rf "$WORK"' EXIT
export WINEPREFIX="$WORK/prefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
x86_64-w64-mingw32-gcc -shared -O2 -s -o "$WORK/bcryptprimitives.dll" \
  ci/wine/bcryptprimitives.c ci/wine/bcryptprimitives.def -ladvapi32
"$WINE" wineboot -i >/dev/null 2>&1 || true
wineserver -w
cp "$WORK/bcryptprimitives.dll" "$WINEPREFIX/drive_c/windows/system32/"
win() { "$WINE" "$WIN_EXE" "$@"; }

# --- 4a. unit tests under Wine -------------------------------------------
# Here the Windows code paths run for real: the lock on one byte past the end
# (the holder stays readable), the replace that waits for a reader who does
# not share delete access, paths with backslashes.
echo "windows.sh: unit tests under Wine ($(basename "$UNIT_EXE"))"
(cd "$WORK" && "$WINE" "$UNIT_EXE" --quiet)

# --- 4b. the command line beside Linux -----------------------------------
# Both programs get the same copy of the repository's sessions and layouts
# and of a set of broken files, and run in their own folder: lin/ and win/.
unset TOP3_DIR TOP3_LAYOUTS TOP3_LANG TOP3_CONFIG NO_COLOR
export XDG_CONFIG_HOME="$WORK/xdg-config" XDG_DATA_HOME="$WORK/xdg-data"
fixture() {
  local d=$1
  mkdir -p "$d/bad/sub" "$d/badlayouts"
  cp -r "$REPO/sessions" "$REPO/layouts" "$d/"
  # An ordinary folder, not the demo: `new` writes into it, not into the
  # demo's copy in the temporary folder.
  rm -f "$d/sessions/.top3-demo"
  local good="$d/sessions/TR-2026-001/2026-09-01-netwerkoverleg-veiligheidsplan.ron"
  : >"$d/bad/leeg.ron"
  head -c 700 "$good" >"$d/bad/afgebroken.ron"
  printf '\x00\x01\x02\xff\xfe binary' >"$d/bad/binair.ron"
  printf '{"version": 1, "case": {}}\n' >"$d/bad/json.ron"
  iconv -f UTF-8 -t UTF-16 "$good" >"$d/bad/utf16.ron"
  sed 's/"2026-09-01"/"2026-02-30"/' "$good" >"$d/bad/datum.ron"
  sed '0,/^(/s//(\n  voorzitter: "x",/' "$good" >"$d/bad/onbekend.ron"
  printf '(\n  version: 1,\n  layout: 12,\n' >"$d/bad/sub/kapot.ron"
  printf '(name: "kapot", steps: [(kind: Scaal)])\n' >"$d/badlayouts/kapot.ron"
}
mkdir -p "$WORK/lin" "$WORK/win" "$WORK/out"
fixture "$WORK/lin"
fixture "$WORK/win"

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }

# pair NAME MODE ARGS...: runs both, compares exit code, stdout and stderr.
# MODE same: byte for byte. MODE paths: the Windows output with `\` read as
# `/` is the Linux output, and it has no `/` left in what it printed.
pair() {
  local name=$1 mode=$2
  shift 2
  local o="$WORK/out/$name" lrc=0 wrc=0
  (cd "$WORK/lin" && "$LIN" "$@" </dev/null >"$o.lin.out" 2>"$o.lin.err") || lrc=$?
  (cd "$WORK/win" && win "$@" </dev/null >"$o.win.out" 2>"$o.win.err") || wrc=$?
  [ "$lrc" = "$wrc" ] || fail "$name: exit $lrc on Linux, $wrc on Windows"
  local s
  for s in out err; do
    if [ "$mode" = same ]; then
      cmp -s "$o.lin.$s" "$o.win.$s" || {
        fail "$name: std$s differs"
        diff "$o.lin.$s" "$o.win.$s" | head -20 >&2 || true
      }
    else
      tr '\\' / <"$o.win.$s" >"$o.win.$s.slashed"
      cmp -s "$o.lin.$s" "$o.win.$s.slashed" || {
        fail "$name: std$s differs beyond the separator"
        diff "$o.lin.$s" "$o.win.$s.slashed" | head -20 >&2 || true
      }
      if grep -q / "$o.win.$s"; then
        fail "$name: a / in the Windows std$s"
        grep / "$o.win.$s" | head -5 >&2
      fi
    fi
  done
  echo "  $name: exit $wrc, $(wc -l <"$o.win.out") + $(wc -l <"$o.win.err") lines, $mode"
}
# same_file NAME PATH: the file both wrote is the same, byte for byte.
same_file() {
  if cmp -s "$WORK/lin/$2" "$WORK/win/$2"; then
    echo "  $1: $2 identical ($(wc -c <"$WORK/win/$2") bytes)"
  else
    fail "$1: $2 differs"
    diff "$WORK/lin/$2" "$WORK/win/$2" | head -20 >&2 || true
  fi
}
# expect NAME PATTERN FILE: a fixed string must be in what was printed.
expect() {
  grep -qF -- "$2" "$WORK/out/$3" || fail "$1: '$2' not in $3: $(head -3 "$WORK/out/$3")"
}

CASE=sessions/TR-2026-001
NEWEST=$CASE/2026-10-27-netwerkoverleg-veiligheidsplan.ron
echo "windows.sh: the command line, Linux and Windows"
pair version same --version
pair help same --help
pair help-en same --lang en export --help
pair layouts paths --layouts layouts layouts
pair layouts-bad paths --layouts badlayouts layouts
pair overview same --dir sessions
pair check-shipped same check sessions layouts
for f in leeg afgebroken binair json utf16 datum onbekend; do
  pair "check-$f" paths check "bad/$f.ron"
done
pair check-folder paths check bad missing.ron
expect check-folder 'bad\sub\kapot.ron:' check-folder.win.out
pair check-en paths --lang en check bad/sub/kapot.ron
pair train-list same train --list
pair history same history "$CASE" --today 2026-11-24
pair history-en same --lang en history "$CASE" --today 2026-11-24
pair history-missing paths history sessions/GEEN-ZAAK
for fmt in md html docx; do
  pair "export-$fmt" paths export "$NEWEST" --format "$fmt" -o "exports/plan.$fmt"
done
same_file export-md exports/plan.md
same_file export-html exports/plan.html
pair export-default paths export "$NEWEST"
expect export-default 'sessions\TR-2026-001\2026-10-27-veiligheidsplan.md' export-default.win.out
same_file export-default "$CASE/2026-10-27-veiligheidsplan.md"
pair export-case paths export "$CASE" --format html -o exports/case.html
same_file export-case exports/case.html
pair export-check paths export "$NEWEST" --check
pair export-form paths export "$CASE" --form aanmelding -o exports/form.md
same_file export-form exports/form.md
pair export-redact paths export "$NEWEST" --redact -o exports/redacted.md
same_file export-redact exports/redacted.md
pair export-docx-form paths export "$CASE" --format docx --form aanmelding -o exports/form.docx
# A .docx is a zip: the files inside must be the same; the zip's own headers
# may differ (see README).
for d in plan form; do
  mkdir -p "$WORK/docx/$d.lin" "$WORK/docx/$d.win"
  unzip -q "$WORK/lin/exports/$d.docx" -d "$WORK/docx/$d.lin"
  unzip -q "$WORK/win/exports/$d.docx" -d "$WORK/docx/$d.win"
  if diff -r "$WORK/docx/$d.lin" "$WORK/docx/$d.win" >/dev/null; then
    echo "  $d.docx: same $(find "$WORK/docx/$d.win" -type f | wc -l) files inside;" \
      "$(cmp -l "$WORK/lin/exports/$d.docx" "$WORK/win/exports/$d.docx" 2>/dev/null | wc -l) zip header bytes differ"
  else
    fail "$d.docx: the files inside differ"
  fi
done
# New meetings: a new case, and one continued from the training case. The
# session files must be identical, line endings included.
pair new-case paths --dir sessions new --layout casusoverleg --case WN-2026-001 --date 2026-11-24 --no-open
expect new-case 'sessions\WN-2026-001\2026-11-24-casusoverleg.ron' new-case.win.out
same_file new-case sessions/WN-2026-001/2026-11-24-casusoverleg.ron
pair new-carry paths --dir sessions new --case TR-2026-001 --date 2026-11-24 --no-open
same_file new-carry "$CASE/2026-11-24-netwerkoverleg-veiligheidsplan.ron"
if grep -q $'\r' "$WORK/win/$CASE/2026-11-24-netwerkoverleg-veiligheidsplan.ron"; then
  fail "new-carry: a CR in the session file written on Windows"
fi
# The case code is not a path: its `/` is said as typed.
pair new-bad same --dir sessions new --layout casusoverleg --case "a/b" --no-open
pair check-new same check sessions

# Only on Windows: the data folder and the training copy.
echo "windows.sh: Windows only"
mkdir -p "$WORK/empty"
rc=0
(cd "$WORK/empty" && win new --layout casusoverleg --case AP-2026-001 --date 2026-11-24 --no-open \
  >"$WORK/out/appdata.out" 2>&1) || rc=$?
[ $rc = 0 ] || fail "appdata: exit $rc: $(cat "$WORK/out/appdata.out")"
expect appdata 'AppData\Roaming\top3\top3\data\sessions\AP-2026-001\2026-11-24-casusoverleg.ron' appdata.out
ls "$WINEPREFIX"/drive_c/users/*/AppData/Roaming/top3/top3/data/sessions/AP-2026-001/ >/dev/null ||
  fail "appdata: no file in the prefix's %APPDATA%"
echo "  appdata: $(cat "$WORK/out/appdata.out")"
rc=0
(cd "$WORK/empty" && win train --reset >"$WORK/out/train.out" 2>&1) || rc=$?
[ $rc = 0 ] || fail "train: exit $rc: $(cat "$WORK/out/train.out")"
grep -q '[A-Z]:\\' "$WORK/out/train.out" || fail "train: no Windows path in: $(cat "$WORK/out/train.out")"
if grep -q / "$WORK/out/train.out"; then fail "train: a / in: $(cat "$WORK/out/train.out")"; fi
echo "  train: $(head -1 "$WORK/out/train.out")"

# --- 5. the download ------------------------------------------------------
echo "windows.sh: the download"
scripts/dist.sh --no-build
VERSION=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
ZIP=target/dist/top3-$VERSION-windows-x86_64.zip
TGZ=target/dist/top3-$VERSION-linux-x86_64.tar.gz
unzip -l "$ZIP"
tar -tzvf "$TGZ"
mkdir -p "$WORK/unpacked"
unzip -q "$ZIP" -d "$WORK/unpacked"
tar -xzf "$TGZ" -C "$WORK/unpacked"
ZDIR="$WORK/unpacked/top3-$VERSION-windows-x86_64"
TDIR="$WORK/unpacked/top3-$VERSION-linux-x86_64"
for d in "$ZDIR" "$TDIR"; do
  for f in HANDLEIDING.md layouts/casusoverleg.ron sessions/TR-2026-001 training; do
    [ -e "$d/$f" ] || fail "dist: $f missing in $(basename "$d")"
  done
done
[ "$( (cd "$ZDIR" && win --version) )" = "top3 $VERSION" ] || fail "dist: top3.exe --version"
[ "$("$TDIR/top3" --version)" = "top3 $VERSION" ] || fail "dist: top3 --version"
(cd "$ZDIR" && win check sessions layouts) || fail "dist: the zip's sessions and layouts do not check clean"
(cd "$TDIR" && ./top3 check sessions layouts) || fail "dist: the tarball's sessions and layouts do not check clean"

if [ "$failures" -gt 0 ]; then
  echo "windows.sh: $failures failures" >&2
  exit 1
fi
echo "windows.sh: all the same where it should be"
