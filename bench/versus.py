#!/usr/bin/env python3
"""Big-library commands of two bibfolio builds in one run, interleaved: each round runs every (build, job) once, in
an order rotated per round, so that load from other processes falls on both builds alike. Prints one Markdown
table: per job and build the median wall time, CPU time (user + system) and peak RSS (from wait4), the second
build's medians as a ratio to the first's, and the load average before and after.

    bench/versus.py ROUNDS LIBRARY BEFORE AFTER    (BEFORE, AFTER: bibfolio executables, e.g. main's target/bibfolio)

Jobs: `check`, `add` of one new paper (to a fresh copy of LIBRARY, made outside the timing) and the house-style
export `export --flat --format text`, the figure `add` is judged against. check may exit 65 (it has findings).
"""
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

PAPER = "@article{versus{n}, author = {Nowak, Anna}, title = {A benchmark paper {n}}, journal = {J}, year = {2025}}\n"


def run(argv, stdin=None, ok=(0,)):
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdin=subprocess.PIPE if stdin else subprocess.DEVNULL,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if stdin:
        process.stdin.write(stdin.encode())
        process.stdin.close()
    _, status, usage = os.wait4(process.pid, 0)
    code = os.waitstatus_to_exitcode(status)
    if code not in ok:
        sys.exit(f"bench: {' '.join(argv)} failed (exit {code})")
    return time.perf_counter() - start, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def main():
    rounds, library, builds = int(sys.argv[1]), sys.argv[2], {"before": sys.argv[3], "after": sys.argv[4]}
    work = tempfile.mkdtemp(prefix="bibfolio-versus-")
    copy = os.path.join(work, "library.bib")

    def add(exe, n):
        shutil.copyfile(library, copy)
        return run([exe, "add", "-", "--library", copy], stdin=PAPER.replace("{n}", str(n)))

    jobs = {
        "check": lambda exe, n: run([exe, "check", "--library", library], ok=(0, 65)),
        "add one paper": add,
        "export --flat --format text": lambda exe, n: run([exe, "export", "--library", library, "--flat", "--format",
                                                          "text", "-o", os.path.join(work, "out.txt")]),
    }
    pairs = [(job, build) for job in jobs for build in builds]
    results = {pair: [] for pair in pairs}
    load_before = open("/proc/loadavg").read().split()[:3]
    for build in builds.values():  # trains each build's class-data archive, outside the timings
        run([build, "--version"])
    for r in range(rounds):
        for pair in pairs[r % len(pairs):] + pairs[:r % len(pairs)]:
            results[pair].append(jobs[pair[0]](builds[pair[1]], r))
    load_after = open("/proc/loadavg").read().split()[:3]
    shutil.rmtree(work)
    print(f"{rounds} interleaved rounds; load average {' '.join(load_before)} → {' '.join(load_after)}")
    print()
    print("| job | before: wall, CPU, peak RSS | after: wall, CPU, peak RSS | after / before (wall, CPU) |")
    print("|---|---|---|---|")
    for job in jobs:
        medians = {}
        for build in builds:
            runs = results[(job, build)]
            medians[build] = [statistics.median(x[i] for x in runs) for i in range(3)]
        b, a = medians["before"], medians["after"]
        print(f"| {job} | {b[0]:.2f} s, {b[1]:.2f} s, {b[2]:.0f} MB | {a[0]:.2f} s, {a[1]:.2f} s, {a[2]:.0f} MB "
              f"| {a[0] / b[0]:.2f}×, {a[1] / b[1]:.2f}× |")


if __name__ == "__main__":
    main()
