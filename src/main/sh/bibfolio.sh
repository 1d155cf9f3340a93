#!/usr/bin/env bash
# bibfolio as one executable file: this script, then bibfolio's jar. Java finds a jar by the directory at its end,
# so the script in front does not disturb it. Needs a Java 17+ runtime: $JAVA_HOME/bin/java, else java on the PATH.
# The build writes this file to target/bibfolio; copy it anywhere on the PATH. ADR 0016 says why it is built so.
set -euo pipefail
# Java reads file names, the working folder and the arguments in the locale's character set: without a UTF-8 locale
# (a bare container, cron, `env -i`) a path such as /tmp/Zürich/library.bib cannot even be named. So the JVM gets a
# UTF-8 character type when the environment gives none; the rest of the user's locale stays as it is.
ctype="${LC_ALL:-${LC_CTYPE:-${LANG:-}}}"
if [[ ! "$ctype" =~ [Uu][Tt][Ff]-?8 ]]; then
  utf8="$(locale -a 2>/dev/null | grep -i -m1 -E '^c\.utf-?8$' || locale -a 2>/dev/null | grep -i -m1 -E 'utf-?8$' || true)"
  if [[ -n "${LC_ALL:-}" ]]; then export LC_ALL="${utf8:-C.UTF-8}"; else export LC_CTYPE="${utf8:-C.UTF-8}"; fi
fi
self="${BASH_SOURCE[0]}"
[[ "$self" == /* ]] || self="$PWD/$self"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
if ! java="$(command -v "$java")"; then
  echo "bibfolio: needs Java 17 or later: install a JRE, or set JAVA_HOME" >&2
  exit 127
fi

# SerialGC starts 2-3x faster than G1 on small machines; no perf-data file; JVM warnings go to stderr, so stdout
# stays the result alone, but not the class-data archive's, which is an optimisation the user cannot act on.
opts=(-XX:+UseSerialGC -XX:-UsePerfData -Xlog:disable '-Xlog:all=warning,cds*=off:stderr')
training=("${opts[@]}" -XX:TieredStopAtLevel=1)
# Heap (issue 12): start small and grow only as live data needs (20-40 % free after a collection), not 1/64 of RAM up
# front, so peak memory follows the library, not the machine (README, "Big libraries and memory"; ADR 0017).
opts+=(-Xms64m -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40)

# The C1 compiler alone starts a short run 20-30% faster, and on two cores it also wins most long runs, since C2's
# compile threads compete with the work (100k entries: index build 8.1 s vs 10.4 s, warm search 0.42 s vs 0.58 s).
# Reading a big library for an edit, a check or a list is the exception (check 9.4 s with C2 vs 13.1 s), so those
# commands keep C2 for libraries over 2 MB. An index build keeps Lucene's in-memory segments alive while it
# allocates ~2.5 GB at 100k entries: the parallel collector's pauses use both cores (100k build 6.7 s -> 5.9 s).
library="${BIBFOLIO_LIBRARY:-library.bib}"
command=""
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  case "${args[i]}" in
    -l | --library) library="${args[i + 1]:-}" ;;
    --library=*) library="${args[i]#--library=}" ;;
    -*) ;;
    *) [[ -z "$command" ]] && command="${args[i]}" ;;
  esac
done
[[ "$command" == index ]] && opts[0]=-XX:+UseParallelGC
case "$command" in
  add | edit | remove | tag | select | unselect | status | check | list)
    if [[ ! -f "$library" || $(stat -c %s "$library" 2>/dev/null || stat -f %z "$library") -lt 2000000 ]]; then
      opts+=(-XX:TieredStopAtLevel=1)
    fi ;;
  *) opts+=(-XX:TieredStopAtLevel=1) ;;
esac

# A class-data archive of every class the everyday commands load (bibfolio's, picocli's, citeproc-java's, Lucene's,
# the JDK's, and the lambda classes the JVM generates) roughly halves start-up. The JVM only maps it for this very
# file and java, unchanged, so it is named after this file's path, size and time and java's, in the user's cache
# ($BIBFOLIO_ARCHIVE_DIR instead when set: a clone's ./bibfolio keeps it in target/), and made once by a training run
# when missing (ADR 0016); runs started meanwhile wait for it. Without a usable folder bibfolio runs without it.
cache="${BIBFOLIO_ARCHIVE_DIR:-${XDG_CACHE_HOME:-${HOME:-/nonexistent}/.cache}/bibfolio}"
if stamp="$(stat -L -c '%s.%Y' "$self" "$java" 2>/dev/null || stat -L -f '%z.%m' "$self" "$java" 2>/dev/null)"; then
  name="${self//\//%}"
  jsa="$cache/$name.${stamp//$'\n'/.}.jsa"
  if [[ ! -f "$jsa" && ! -f "$jsa.failed" ]] && mkdir -p "$cache" 2>/dev/null && [[ -w "$cache" ]]; then
    if command -v flock >/dev/null 2>&1; then
      exec 8>"$cache/$name.lock"
      flock 8
    fi
    if [[ ! -f "$jsa" && ! -f "$jsa.failed" ]]; then
      [[ -t 2 ]] && echo "bibfolio: preparing the start-up archive in $cache (once, a few seconds)..." >&2
      # older builds' archives, and what a training killed midway left
      rm -f "$cache/$name".*.jsa "$cache/$name".*.jsa.failed "$cache/$name".*.jsa.[0-9]*
      if "$java" "${training[@]}" -XX:ArchiveClassesAtExit="$jsa.$$" -cp "$self" org.bibfolio.cli.ArchiveTraining \
        </dev/null >/dev/null 2>&1 && [[ -s "$jsa.$$" ]]; then
        mv -f "$jsa.$$" "$jsa"
      else
        rm -f "$jsa.$$"
        : >"$jsa.failed" 2>/dev/null || true
      fi
    fi
    exec 8>&-
  fi
  [[ -f "$jsa" ]] && opts+=(-XX:SharedArchiveFile="$jsa")
fi

# shellcheck disable=SC2086 # BIBFOLIO_JAVA_OPTS is a list of JVM options
exec "$java" "${opts[@]}" ${BIBFOLIO_JAVA_OPTS:-} -jar "$self" "$@"
exit 70
# The jar follows.
