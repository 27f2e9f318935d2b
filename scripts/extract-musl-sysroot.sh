#!/usr/bin/env bash
# Builds the musl sysroot the libc tier links against:
#   sysroot/x86_64-ostoo-user/lib      libc.a, crt1.o, crti.o, crtn.o (and musl's empty libm.a etc.)
#   sysroot/x86_64-ostoo-user/include  musl's C headers
# The counterpart of the seed's scripts/extract-musl-sysroot.sh, which copied the sysroot out of the
# ostoo-compiler Docker image; here it comes from Debian's musl-dev package, fetched with
# `apt-get download` and unpacked with `dpkg-deb -x` into a temporary directory: nothing is installed
# system-wide. Idempotent: a complete sysroot is left alone. Usage: scripts/extract-musl-sysroot.sh [dest]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dest="${1:-$root/sysroot/x86_64-ostoo-user}"
needed=(lib/libc.a lib/crt1.o lib/crti.o lib/crtn.o include/stdio.h)

die() {
  echo "extract-musl-sysroot: error: $*" >&2
  exit 1
}

complete() {
  local f
  for f in "${needed[@]}"; do
    [ -s "$1/$f" ] || return 1
  done
}

if complete "$dest"; then
  echo "extract-musl-sysroot: $dest is already complete"
  exit 0
fi

for tool in apt-get dpkg-deb; do
  command -v "$tool" >/dev/null 2>&1 ||
    die "$tool not found: this script needs a Debian-like system (or install musl-dev, or pass --sysroot / set OSTOO_SYSROOT to a musl sysroot)"
done

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

download() {
  (cd "$work" && apt-get download -q musl-dev >"$work/apt.log" 2>&1)
}
if ! download; then
  # A fresh machine may not have package lists yet; refreshing them needs root.
  if [ "$(id -u)" -eq 0 ]; then
    echo "extract-musl-sysroot: apt-get download failed; running apt-get update and retrying"
    apt-get update -qq >>"$work/apt.log" 2>&1 || true
    download || die "apt-get download musl-dev failed:
$(cat "$work/apt.log")"
  else
    die "apt-get download musl-dev failed (try 'sudo apt-get update' first):
$(cat "$work/apt.log")"
  fi
fi

deb="$(ls "$work"/musl-dev_*.deb 2>/dev/null | head -n 1)"
[ -n "$deb" ] || die "apt-get download produced no musl-dev_*.deb"
dpkg-deb -x "$deb" "$work/pkg" || die "dpkg-deb -x $deb failed"

# Debian's layout: /usr/lib/x86_64-linux-musl/{libc.a,crt1.o,...}, /usr/include/x86_64-linux-musl.
lib="$work/pkg/usr/lib/x86_64-linux-musl"
inc="$work/pkg/usr/include/x86_64-linux-musl"
[ -s "$lib/libc.a" ] || die "$(basename "$deb") has no usr/lib/x86_64-linux-musl/libc.a (package layout changed?)"
[ -s "$inc/stdio.h" ] || die "$(basename "$deb") has no usr/include/x86_64-linux-musl/stdio.h (package layout changed?)"

# Assemble beside the destination, then rename: an interrupted run never leaves a half sysroot behind.
mkdir -p "$(dirname "$dest")"
staging="$(mktemp -d "$(dirname "$dest")/.sysroot.XXXXXX")"
trap 'rm -rf "$work" "$staging"' EXIT
mkdir -p "$staging/lib" "$staging/include"
cp -p "$lib"/*.a "$lib"/*.o "$staging/lib/"
cp -pR "$inc"/. "$staging/include/"
complete "$staging" || die "the assembled sysroot is incomplete (missing one of: ${needed[*]})"
rm -rf "$dest"
mv "$staging" "$dest"

version="$(dpkg-deb -f "$deb" Version)"
echo "extract-musl-sysroot: musl-dev $version -> $dest"
