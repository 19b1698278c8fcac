#!/usr/bin/env bash
# The download that needs no Rust (README, "Installeren zonder Rust"):
#
#   target/dist/top3-<version>-windows-x86_64.zip
#   target/dist/top3-<version>-linux-x86_64.tar.gz
#
# each with one folder top3-<version>-<platform>/ holding the program, the
# layouts, the fictional training case (sessions/ and training/) and the
# Dutch HANDLEIDING.md.
#
#   scripts/dist.sh              # builds both release programs, then packs
#   scripts/dist.sh --no-build   # packs what target/ already holds (CI)
#
# Needs: cargo, the Rust target x86_64-pc-windows-gnu and the mingw-w64 linker
# (Debian: gcc-mingw-w64-x86-64; ci/windows.sh installs them), tar and zip.
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$(pwd)
WIN=x86_64-pc-windows-gnu
build=1
case "${1:-}" in
  --no-build) build=0 ;;
  "") ;;
  *) echo "usage: scripts/dist.sh [--no-build]" >&2; exit 2 ;;
esac
for tool in tar zip; do
  command -v "$tool" >/dev/null 2>&1 || { echo "dist.sh: '$tool' is missing" >&2; exit 1; }
done

VERSION=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)
if [ "$build" = 1 ]; then
  cargo build --release --locked
  cargo build --release --locked --target "$WIN"
fi
LIN_BIN=target/release/top3
WIN_BIN=target/$WIN/release/top3.exe
for b in "$LIN_BIN" "$WIN_BIN"; do
  [ -f "$b" ] || { echo "dist.sh: $b is missing: run without --no-build" >&2; exit 1; }
done
# The program must say the version the archive is named after.
got=$("$LIN_BIN" --version)
[ "$got" = "top3 $VERSION" ] || { echo "dist.sh: $LIN_BIN says '$got', not 'top3 $VERSION'" >&2; exit 1; }

OUT=target/dist
rm -rf "$OUT"
mkdir -p "$OUT"
# Same order and dates on every run, so the archives are easy to compare.
STAMP=$(git log -1 --format=%cI 2>/dev/null || date -u +%Y-%m-%dT%H:%M:%SZ)

# stage NAME BINARY: the folder that goes into an archive.
stage() {
  local dir="$OUT/$1"
  mkdir -p "$dir"
  cp "$2" "$dir/"
  # Only what the repository holds: no exports, backups or locks that a
  # local run left beside the training case.
  if git rev-parse --git-dir >/dev/null 2>&1; then
    git ls-files -z layouts sessions training | xargs -0 cp --parents -t "$dir/"
  else
    cp -r layouts sessions training "$dir/"
  fi
  cp dist/HANDLEIDING.md "$dir/"
  find "$dir" -exec touch -h -d "$STAMP" {} +
}

linux=top3-$VERSION-linux-x86_64
stage "$linux" "$LIN_BIN"
chmod 0755 "$OUT/$linux/top3"
(cd "$OUT" && tar --sort=name --owner=0 --group=0 --numeric-owner \
  -czf "$linux.tar.gz" "$linux")

windows=top3-$VERSION-windows-x86_64
stage "$windows" "$WIN_BIN"
(cd "$OUT" && find "$windows" | LC_ALL=C sort | zip -q -X -@ "$windows.zip")

rm -rf "${OUT:?}/$linux" "${OUT:?}/$windows"
cd "$REPO/$OUT"
ls -l "$linux.tar.gz" "$windows.zip"
