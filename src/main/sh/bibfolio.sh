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
# bibfolio logs nothing through java.util.logging; Lucene does, on Java 21+ ("Using MemorySegmentIndexInput…", "update
# Apache Lucene" on every search): an empty logging configuration has no handler, so stderr stays the user's.
opts+=(-Djava.util.logging.config.file=/dev/null)
# Java 25 and later get an AOT cache rather than a dynamic class-data archive (below). Java's version is read from
# its home's `release` file, since starting a JVM to ask would cost what the cache saves.
java_home="$(readlink -f "$java" 2>/dev/null || echo "$java")"
feature="$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "${java_home%/bin/*}/release" 2>/dev/null || true)"
archive=-XX:ArchiveClassesAtExit= use=-XX:SharedArchiveFile= suffix=jsa
if ((${feature:-0} >= 25)); then
  archive=-XX:AOTCacheOutput= use=-XX:AOTCache= suffix=aot
  opts[3]='-Xlog:all=warning,cds*=off,aot*=off:stderr'
fi
# Since 17.0.x the JVM maps class-data archives at a random address and then patches every pointer in them: ~35 ms
# of page faults for bibfolio's 40 MB (the JVM's "Genesis" phase: 35-55 ms instead of 1 ms), more than the rest of
# the JVM's own start. Mode 0 maps them where they were written, as Java 17 did at first, and relocates only when
# that address is taken. A JVM without this (diagnostic) flag fails the training run, so it gets no archive and no
# flag, and starts as it would without them (ADR 0021).
mapping=(-XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0)
((${feature:-0} >= 25)) && mapping=() # an AOT cache starts faster relocated than with mode 0 (ADR 0024)
training=("${opts[@]}" ${mapping[@]+"${mapping[@]}"} -XX:TieredStopAtLevel=1)
# Heap (issue 12): start small and grow only as live data needs (20-40 % free after a collection), not 1/64 of RAM up
# front, so peak memory follows the library, not the machine (README, "Big libraries and memory"; ADR 0017).
opts+=(-Xms64m -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40)

# The C1 compiler alone starts a short run 20-30% faster, and on two cores it also wins most long runs, since C2's
# compile threads compete with the work (100k entries: index build 8.1 s vs 10.4 s, warm search 0.42 s vs 0.58 s).
# Editing a big library is the exception (`tag` on TeX Live's Beebe files x5, 45 MB: 5.7-6.2 s with C2 vs 6.8 s), so
# the editing commands keep C2 for libraries over 2 MB. `check` and `list` on that library, which read it in parts
# on both cores since issue 12, now win with C1 too (check 6.3 s and 8.1 s of CPU vs 7.3-10.5 s and 11.4-14.5 s;
# list 5.2-5.3 s vs 5.4-5.7 s; load 1.5). An index build keeps Lucene's in-memory segments alive while it
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
  add | edit | remove | tag | select | unselect | status)
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
# On Java 25 and later it is an AOT cache (JEP 483/514/515), made by the same training run: it also holds the classes
# loaded and linked and the methods' profiles, so a start skips linking them too (ADR 0024).
cache="${BIBFOLIO_ARCHIVE_DIR:-${XDG_CACHE_HOME:-${HOME:-/nonexistent}/.cache}/bibfolio}"
if stamp="$(stat -L -c '%s.%Y' "$self" "$java" 2>/dev/null || stat -L -f '%z.%m' "$self" "$java" 2>/dev/null)"; then
  name="${self//\//%}"
  # -XX:AOTCacheOutput reads %p and %t in a file name as the pid and the time
  [[ "$suffix" == aot ]] && name="${self//[\/%]/@}"
  jsa="$cache/$name.${stamp//$'\n'/.}.$suffix"
  if [[ ! -f "$jsa" && ! -f "$jsa.failed" ]] && mkdir -p "$cache" 2>/dev/null && [[ -w "$cache" ]]; then
    if command -v flock >/dev/null 2>&1; then
      exec 8>"$cache/$name.lock"
      flock 8
    fi
    if [[ ! -f "$jsa" && ! -f "$jsa.failed" ]]; then
      [[ -t 2 ]] && echo "bibfolio: preparing the start-up archive in $cache (once, a few seconds)..." >&2
      # older builds' archives and what a training killed midway left; not this build's for another java, else
      # two javas taking turns would train at each start
      for old in "$cache/$name".*.{jsa,aot} "$cache/$name".*.{jsa,aot}.failed "$cache/$name".*.{jsa,aot}.[0-9]*; do
        if [[ "$old" != "$cache/$name.${stamp%%$'\n'*}".* || "$old" == "$jsa".[0-9]* ]]; then rm -f "$old"; fi
      done
      if "$java" "${training[@]}" "$archive$jsa.$$" -cp "$self" org.bibfolio.cli.ArchiveTraining \
        </dev/null >/dev/null 2>&1 && [[ -s "$jsa.$$" ]]; then
        mv -f "$jsa.$$" "$jsa"
      else
        rm -f "$jsa.$$" "$jsa.$$.config"
        : >"$jsa.failed" 2>/dev/null || true
      fi
    fi
    exec 8>&-
  fi
  [[ -f "$jsa" ]] && opts+=(${mapping[@]+"${mapping[@]}"} "$use$jsa")
fi

# shellcheck disable=SC2086 # BIBFOLIO_JAVA_OPTS is a list of JVM options
exec "$java" "${opts[@]}" ${BIBFOLIO_JAVA_OPTS:-} -jar "$self" "$@"
exit 70
# The jar follows.
