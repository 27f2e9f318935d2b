#!/usr/bin/env bash
# bench/run.sh: the ostooc benchmark suite. See bench/README.md.
#
#   bench/run.sh [--runs N] [--no-icount] [--quick] [--update-readme] [Program ...]
#
# For every bench/programs/Name.java (+ its C twin name.c): compile it with ostooc (-O1, -O2),
# gcc -O2 -static and javac; check the outputs are identical; measure binary sizes, run times
# (median), instruction counts (callgrind), the JVM's run time and compile times. Writes a Markdown
# report to bench/build/results.md (and stdout); --update-readme copies it into bench/README.md.
set -euo pipefail

bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$bench")"
progs="$bench/programs"
out="$bench/build"

RUNS=5
ICOUNT=1
UPDATE_README=0
ONLY=()
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS="$2"; shift 2 ;;
    --no-icount) ICOUNT=0; shift ;;
    --quick) RUNS=3; ICOUNT=0; shift ;;
    --update-readme) UPDATE_README=1; shift ;;
    -h|--help) sed -n '2,9p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "run.sh: unknown option $1" >&2; exit 2 ;;
    *) ONLY+=("$1"); shift ;;
  esac
done

log() { echo "bench: $*" >&2; }
need() { command -v "$1" >/dev/null 2>&1 || { echo "run.sh: $1 is required" >&2; exit 2; }; }
need gcc; need javac; need java
HAVE_HYPERFINE=0; command -v hyperfine >/dev/null 2>&1 && HAVE_HYPERFINE=1
HAVE_VALGRIND=0; command -v valgrind >/dev/null 2>&1 && HAVE_VALGRIND=1
[ "$HAVE_VALGRIND" = 1 ] || ICOUNT=0
if [ "$HAVE_HYPERFINE" = 1 ]; then need jq; fi

rm -rf "$out"
mkdir -p "$out"

# ---------------------------------------------------------------------------------------------
# The compiler. `./ostooc` rebuilds itself whenever a source is newer than its jar; other people
# edit the tree while we measure, so we build once, then run a snapshot of the jar with exactly the
# JVM flags the wrapper uses: every figure below comes from one and the same compiler.
OSTOOC_OK=0
OSTOOC_O2=0
log "building ostooc (./ostooc --version)..."
if "$root/ostooc" --version >"$out/ostooc-version.txt" 2>"$out/ostooc-build.log"; then
  # the snapshot is a tree the wrapper itself runs in: its jar, the wrapper, and the training program
  # of its AppCDS archive (made by the first call below). With no sources in it, it never rebuilds.
  mkdir -p "$out/snapshot/cli/target" "$out/snapshot/samples/hello"
  cp "$root/cli/target/ostooc.jar" "$out/snapshot/cli/target/ostooc.jar"
  cp "$root/samples/hello/Hello.java" "$out/snapshot/samples/hello/"
  cp "$root/ostooc" "$out/snapshot/ostooc"
  OSTOOC_OK=1
  "$out/snapshot/ostooc" --help 2>&1 | grep -q -- '-O2' && OSTOOC_O2=1
else
  log "ostooc does not build: only the C and JVM columns will be filled (see $out/ostooc-build.log)"
fi
OSTOOC="$out/snapshot/ostooc"

# ---------------------------------------------------------------------------------------------
# Helpers.

# median_ms RUNS cmd...: median wall time in milliseconds (one warm-up run first; output discarded)
median_ms() {
  local runs="$1"; shift
  if [ "$HAVE_HYPERFINE" = 1 ]; then
    local json="$out/hf.$$.json" cmd="" a
    for a in "$@"; do cmd+="$(printf '%q ' "$a")"; done
    hyperfine -N --style none --warmup 1 --runs "$runs" --export-json "$json" -- "$cmd" >/dev/null 2>&1 \
      || { echo "err"; return; }
    jq -r '.results[0].median * 1000' "$json" | awk '{ printf ($1 < 100 ? "%.1f" : "%.0f"), $1 }'
    rm -f "$json"
  else
    "$@" >/dev/null 2>&1 || { echo "err"; return; }
    local i s e times=()
    for ((i = 0; i < runs; i++)); do
      s=$(date +%s%N); "$@" >/dev/null 2>&1; e=$(date +%s%N)
      times+=($(( (e - s) / 1000 )))
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{ a[NR] = $1 } END { m = a[int((NR + 1) / 2)] / 1000; printf (m < 100 ? "%.1f" : "%.0f"), m }'
  fi
}

# icount binary expected-output: instructions executed (callgrind), in millions. A run that does not
# exit 0 with the expected output under valgrind gives "n/a": valgrind caps the brk heap at 8 MB, so a
# program that allocates more through brk (ostoo-rt's allocator) runs out of memory there.
ICOUNT_NA=0
icount() {
  if [ "$ICOUNT" = 0 ]; then echo "–"; return; fi
  local rc=0
  valgrind --tool=callgrind --callgrind-out-file=/dev/null "$1" >"$1.vg.out" 2>"$1.vg.err" || rc=$?
  if [ "$rc" != 0 ] || ! cmp -s "$1.vg.out" "$2"; then echo "n/a¹"; return; fi
  sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$1.vg.err" | awk '{ printf "%.0f", $1 / 1e6 } END { if (NR == 0) printf "err" }'
}

size_of() { if [ -f "$1" ]; then stat -c %s "$1"; else echo "–"; fi; }
kib() { case "$1" in ''|–|err|*[!0-9]*) echo "${1:-–}" ;; *) awk -v b="$1" 'BEGIN { printf "%.1f KiB", b / 1024 }' ;; esac; }
ratio() { # ratio a b -> "a/b×"
  case "$1$2" in *[!0-9.]*|'') echo "–" ;; *) awk -v a="$1" -v b="$2" 'BEGIN { if (b == 0) print "–"; else { r = a / b; printf (r < 0.1 ? "%.3f×" : "%.2f×"), r } }' ;; esac
}
lower() { echo "$1" | tr '[:upper:]' '[:lower:]'; }

# ---------------------------------------------------------------------------------------------
# Programs.
NAMES=()
if [ ${#ONLY[@]} -gt 0 ]; then NAMES=("${ONLY[@]}")
else for f in "$progs"/*.java; do n="$(basename "$f" .java)"; NAMES+=("$n"); done; fi

LEVELS=(O1); [ "$OSTOOC_O2" = 1 ] && LEVELS+=(O2)

declare -A SIZE TIME ICNT STATUS CTIME PHASES
BUGS=""
SAME_O2=""

for P in "${NAMES[@]}"; do
  p="$(lower "$P")"
  d="$out/$P"; mkdir -p "$d"
  log "== $P"

  # javac + JVM (the reference output)
  javac -d "$d/classes" "$progs/$P.java"
  java -cp "$d/classes" "$P" >"$d/expected.txt"

  # gcc
  if [ -f "$progs/$p.c" ]; then
    gcc -O2 -static -o "$d/$p.gcc" "$progs/$p.c"
    strip -o "$d/$p.gcc.stripped" "$d/$p.gcc"
    "$d/$p.gcc" >"$d/gcc.txt"
    if cmp -s "$d/expected.txt" "$d/gcc.txt"; then STATUS[$P,gcc]=ok
    else STATUS[$P,gcc]=WRONG; BUGS+="- $P: the C twin's output differs from the JVM's (bench bug): see $d/gcc.txt"$'\n'; fi
  else
    STATUS[$P,gcc]=none
  fi

  # ostooc
  for L in "${LEVELS[@]}"; do
    STATUS[$P,$L]=none
    [ "$OSTOOC_OK" = 1 ] || continue
    if ! "$OSTOOC" -$L -o "$d/$p.$L" "$progs/$P.java" >"$d/ostooc-$L.log" 2>&1; then
      STATUS[$P,$L]="compile error"; BUGS+="- $P -$L: ostooc failed: $(head -c 300 "$d/ostooc-$L.log" | tr '\n' ' ')"$'\n'
      continue
    fi
    set +e; "$d/$p.$L" >"$d/$L.txt" 2>"$d/$L.err"; rc=$?; set -e
    if [ $rc -eq 0 ] && cmp -s "$d/expected.txt" "$d/$L.txt"; then STATUS[$P,$L]=ok
    else
      STATUS[$P,$L]=WRONG
      BUGS+="- $P -$L: output differs from the JVM's (exit $rc): \`diff $d/expected.txt $d/$L.txt\`"$'\n'
      BUGS+="$(diff "$d/expected.txt" "$d/$L.txt" | head -6 | sed 's/^/    /')"$'\n'
    fi
  done

  # sizes
  SIZE[$P,gcc]="$(size_of "$d/$p.gcc")"; SIZE[$P,gccs]="$(size_of "$d/$p.gcc.stripped")"
  for L in "${LEVELS[@]}"; do SIZE[$P,$L]="$(size_of "$d/$p.$L")"; done

  # run times
  log "   run times (median of $RUNS)"
  TIME[$P,java]="$(median_ms "$RUNS" java -cp "$d/classes" "$P")"
  if [ "${STATUS[$P,gcc]}" = ok ]; then TIME[$P,gcc]="$(median_ms "$RUNS" "$d/$p.gcc")"; else TIME[$P,gcc]="–"; fi
  for L in "${LEVELS[@]}"; do
    if [ "${STATUS[$P,$L]}" = ok ]; then TIME[$P,$L]="$(median_ms "$RUNS" "$d/$p.$L")"
    else TIME[$P,$L]="${STATUS[$P,$L]/none/–}"; fi
  done

  # instruction counts
  [ "$ICOUNT" = 1 ] && log "   instruction counts (callgrind)"
  if [ "${STATUS[$P,gcc]}" = ok ]; then ICNT[$P,gcc]="$(icount "$d/$p.gcc" "$d/expected.txt")"; else ICNT[$P,gcc]="–"; fi
  for L in "${LEVELS[@]}"; do
    if [ "${STATUS[$P,$L]}" = ok ]; then ICNT[$P,$L]="$(icount "$d/$p.$L" "$d/expected.txt")"; else ICNT[$P,$L]="–"; fi
  done
  case "${ICNT[$P,gcc]} ${ICNT[$P,O1]} ${ICNT[$P,O2]:-}" in *n/a*) ICOUNT_NA=1 ;; esac
  # is -O2 any different from -O1 yet?
  if [ "${STATUS[$P,O1]}" = ok ] && [ "${STATUS[$P,O2]:-none}" = ok ] && cmp -s "$d/$p.O1" "$d/$p.O2"; then
    SAME_O2+=" $P"
  fi

  # compile times: ostooc (a fresh JVM per compile, as a user runs it) vs javac
  log "   compile times"
  CTIME[$P,javac]="$(median_ms "$RUNS" javac -d "$d/classes2" "$progs/$P.java")"
  if [ "$OSTOOC_OK" = 1 ] && [ "${STATUS[$P,O1]}" != "compile error" ]; then
    CTIME[$P,ostooc]="$(median_ms "$RUNS" "$OSTOOC" -O1 -o "$d/$p.ctime" "$progs/$P.java")"
    # ostooc's own per-phase times (-v), median over RUNS compiles
    for ((i = 0; i < RUNS; i++)); do "$OSTOOC" -v -O1 -o "$d/$p.ctime" "$progs/$P.java" 2>&1 | grep '^ostooc: ' || true; done \
      >"$d/phases.txt"
    PHASES[$P]="$(awk '/ms$/ { ph = $2; for (f = 3; f <= NF - 2; f++) ph = ph "_" $f; v[ph] = v[ph] " " $(NF - 1); if (!(ph in seen)) { seen[ph] = 1; order[++n] = ph } }
      END { for (i = 1; i <= n; i++) { k = split(substr(v[order[i]], 2), a, " ");
              for (x = 1; x <= k; x++) for (y = x + 1; y <= k; y++) if (a[y] + 0 < a[x] + 0) { t = a[x]; a[x] = a[y]; a[y] = t }
              printf "%s%s %.0f", (i > 1 ? ", " : ""), order[i], a[int((k + 1) / 2)] } }' "$d/phases.txt")"
  else
    CTIME[$P,ostooc]="–"; PHASES[$P]="–"
  fi
done

# ---------------------------------------------------------------------------------------------
# Hello: sizes against the seed's Rust anchors (and a C hello, for scale).
log "== hello"
hd="$out/hello"; mkdir -p "$hd"
for L in "${LEVELS[@]}"; do
  if [ "$OSTOOC_OK" = 1 ] && "$OSTOOC" -$L -o "$hd/hello.$L" "$root/samples/hello/Hello.java" >"$hd/ostooc-$L.log" 2>&1; then :; fi
done
cat >"$hd/hello.c" <<'EOF'
#include <stdio.h>
int main(void) {
    puts("Hello from Java on ostoo!");
    printf("Heap works: %d\n", 6 * 7);
    return 0;
}
EOF
gcc -O2 -static -o "$hd/hello.gcc" "$hd/hello.c"
strip -o "$hd/hello.gcc.stripped" "$hd/hello.gcc"
javac -d "$hd/classes" "$root/samples/hello/Hello.java"
HELLO_JVM="$(median_ms "$RUNS" java -cp "$hd/classes" Hello)"
HELLO_O1_MS="–"; [ -f "$hd/hello.O1" ] && HELLO_O1_MS="$(median_ms "$RUNS" "$hd/hello.O1")"
HELLO_GCC_MS="$(median_ms "$RUNS" "$hd/hello.gcc")"

# ---------------------------------------------------------------------------------------------
# Report.
report="$out/results.md"
{
  echo "Measured $(date -u '+%Y-%m-%d %H:%M UTC') on $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //') ($(nproc) CPUs);"
  echo "$(gcc --version | head -1); $(java -version 2>&1 | head -1);" \
       "$(head -1 "$out/ostooc-version.txt" 2>/dev/null || echo 'ostooc: not built')."
  echo "Times are medians of $RUNS runs ($( [ "$HAVE_HYPERFINE" = 1 ] && echo "hyperfine, 1 warm-up run" || echo "date +%s%N loop, 1 warm-up run")). All outputs were checked against the JVM's."
  [ "$OSTOOC_O2" = 1 ] || echo "This ostooc has no -O2 flag: only -O1 (the default) is measured."
  [ -z "$SAME_O2" ] || echo "**-O2 produced a binary byte-identical to -O1 for:$SAME_O2** (the two columns differ by noise only)."
  echo
  echo "### Run time (ms, median of $RUNS)"
  echo
  hdr="| program |"; sep="|---|"
  for L in "${LEVELS[@]}"; do hdr+=" ostooc -$L |"; sep+="---:|"; done
  hdr+=" gcc -O2 | JVM (incl. start-up) | ostooc -O1 / gcc | ostooc -O1 / JVM |"; sep+="---:|---:|---:|---:|"
  echo "$hdr"; echo "$sep"
  for P in "${NAMES[@]}"; do
    row="| $P |"; for L in "${LEVELS[@]}"; do row+=" ${TIME[$P,$L]} |"; done
    row+=" ${TIME[$P,gcc]} | ${TIME[$P,java]} | $(ratio "${TIME[$P,O1]}" "${TIME[$P,gcc]}") | $(ratio "${TIME[$P,O1]}" "${TIME[$P,java]}") |"
    echo "$row"
  done
  row="| Hello (start-up only) |"; for L in "${LEVELS[@]}"; do [ "$L" = O1 ] && row+=" $HELLO_O1_MS |" || row+=" |"; done
  echo "$row $HELLO_GCC_MS | $HELLO_JVM | $(ratio "$HELLO_O1_MS" "$HELLO_GCC_MS") | $(ratio "$HELLO_O1_MS" "$HELLO_JVM") |"
  echo
  if [ "$ICOUNT" = 1 ]; then
    echo "### Instructions executed (millions, valgrind --tool=callgrind)"
    echo
    hdr="| program |"; sep="|---|"
    for L in "${LEVELS[@]}"; do hdr+=" ostooc -$L |"; sep+="---:|"; done
    hdr+=" gcc -O2 | ostooc -O1 / gcc |"; sep+="---:|---:|"
    echo "$hdr"; echo "$sep"
    for P in "${NAMES[@]}"; do
      row="| $P |"; for L in "${LEVELS[@]}"; do row+=" ${ICNT[$P,$L]} |"; done
      echo "$row ${ICNT[$P,gcc]} | $(ratio "${ICNT[$P,O1]}" "${ICNT[$P,gcc]}") |"
    done
    echo
    if [ "$ICOUNT_NA" = 1 ]; then
      echo "¹ Not measurable: under valgrind the program did not exit 0 with the right output. Valgrind caps"
      echo "the brk heap at 8 MB, and ostoo-rt's allocator grows the brk (Strings needs ≈ 80 MB), so it"
      echo "stops with \`out of memory\` (exit 102) there. Natively it runs fine."
      echo
    fi
  fi
  echo "### Binary size (bytes)"
  echo
  hdr="| program |"; sep="|---|"
  for L in "${LEVELS[@]}"; do hdr+=" ostooc -$L |"; sep+="---:|"; done
  hdr+=" gcc -O2 -static | gcc -O2 -static, stripped |"; sep+="---:|---:|"
  echo "$hdr"; echo "$sep"
  for P in "${NAMES[@]}"; do
    row="| $P |"; for L in "${LEVELS[@]}"; do row+=" ${SIZE[$P,$L]} |"; done
    echo "$row ${SIZE[$P,gcc]} | ${SIZE[$P,gccs]} |"
  done
  echo
  echo "### Hello (\`samples/hello\`) against the seed's Rust anchors"
  echo
  echo "| binary | size |"
  echo "|---|---:|"
  for L in "${LEVELS[@]}"; do echo "| ostooc -$L | $(size_of "$hd/hello.$L") B ($(kib "$(size_of "$hd/hello.$L")")) |"; done
  echo "| seed hello-rs (no_std + alloc), anchor | ≈ 4.6 KiB |"
  echo "| seed hello-std, anchor | ≈ 55 KiB |"
  echo "| C hello, gcc -O2 -static | $(size_of "$hd/hello.gcc") B ($(kib "$(size_of "$hd/hello.gcc")")) |"
  echo "| C hello, gcc -O2 -static, stripped | $(size_of "$hd/hello.gcc.stripped") B ($(kib "$(size_of "$hd/hello.gcc.stripped")")) |"
  echo
  echo "### Compile time (ms, wall, median of $RUNS; each compile is a fresh JVM)"
  echo
  echo "| program | ostooc -O1 | javac | ostooc / javac | ostooc phases (\`-v\`, ms, medians) |"
  echo "|---|---:|---:|---:|---|"
  for P in "${NAMES[@]}"; do
    echo "| $P | ${CTIME[$P,ostooc]} | ${CTIME[$P,javac]} | $(ratio "${CTIME[$P,ostooc]}" "${CTIME[$P,javac]}") | ${PHASES[$P]} |"
  done
  echo
  if [ -n "$BUGS" ]; then
    echo "### Mismatches and failures"
    echo
    printf '%s' "$BUGS"
    echo
  fi
} >"$report"

cat "$report"

if [ "$UPDATE_README" = 1 ]; then
  readme="$bench/README.md"
  if grep -q '<!-- results:begin -->' "$readme" && grep -q '<!-- results:end -->' "$readme"; then
    awk -v rep="$report" '
      /<!-- results:begin -->/ { print; while ((getline l < rep) > 0) print l; skip = 1; next }
      /<!-- results:end -->/ { skip = 0 }
      !skip { print }' "$readme" >"$readme.tmp" && mv "$readme.tmp" "$readme"
    log "updated $readme"
  else
    log "no <!-- results:begin/end --> markers in $readme: not updated"
  fi
fi

[ -z "$BUGS" ]
