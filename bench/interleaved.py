#!/usr/bin/env python3
"""Start-up timings on a shared machine: every round runs each command once, in an order rotated per round, so a
burst of load from other processes falls on all commands alike rather than on one command's block of runs (as
hyperfine's runs one command after another). Prints one Markdown table: median wall time and median CPU time
(user + system, from wait4) of each command, each as a ratio to the reference command of the same run.

    bench/interleaved.py ROUNDS REFERENCE NAME=COMMAND...   (COMMAND split on spaces, run in the current folder)
"""
import os
import statistics
import subprocess
import sys
import time


def run(argv):
    start = time.perf_counter()
    process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(process.pid, 0)
    if status != 0:
        sys.exit(f"bench: {' '.join(argv)} failed (status {status})")
    return time.perf_counter() - start, usage.ru_utime + usage.ru_stime


def main():
    rounds, reference = int(sys.argv[1]), sys.argv[2]
    commands = dict(arg.split("=", 1) for arg in sys.argv[3:])
    names = list(commands)
    wall = {name: [] for name in names}
    cpu = {name: [] for name in names}
    for name in names:  # warm-up: the file cache, and the class-data archive already trained
        for _ in range(2):
            run(commands[name].split())
    for r in range(rounds):
        for name in names[r % len(names):] + names[:r % len(names)]:
            w, c = run(commands[name].split())
            wall[name].append(w)
            cpu[name].append(c)
    mw = {n: statistics.median(v) for n, v in wall.items()}
    mc = {n: statistics.median(v) for n, v in cpu.items()}
    print("| command | median wall | vs reference | median CPU (user + sys) | vs reference |")
    print("|---|---|---|---|---|")
    for n in names:
        print(f"| {n} | {mw[n] * 1000:.0f} ms | {mw[n] / mw[reference]:.2f}× | {mc[n] * 1000:.0f} ms "
              f"| {mc[n] / mc[reference]:.2f}× |")


if __name__ == "__main__":
    main()
