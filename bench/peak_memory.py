"""Wall time and peak memory of a command and of every process it starts, sampled twice a second.

    python bench/peak_memory.py tiendo build --reports var/bench/c1000 --store var/bench/s1000 --jobs 2

`/usr/bin/time -v` reports only the largest single process; a build also runs extraction and
validation workers, so this prints the peak of the main process, the peak of the whole tree (the sum
of its processes' proportional set sizes at one moment: pages shared by forked processes are counted
once) and a short timeline.
"""
from __future__ import annotations

import subprocess
import sys
import time

import psutil


def main(command: list[str]) -> None:
    started = time.time()
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    main_process = psutil.Process(proc.pid)
    timeline: list[tuple[float, int, int]] = []
    while proc.poll() is None:
        try:
            tree = [main_process] + main_process.children(recursive=True)
            total = 0
            for process in tree:
                try:
                    total += process.memory_full_info().pss
                except psutil.Error:
                    pass
            timeline.append((time.time() - started, main_process.memory_full_info().pss, total))
        except psutil.Error:
            pass
        time.sleep(0.5)
    if proc.returncode:
        raise SystemExit(f"the command failed with exit code {proc.returncode}")
    mib = 2 ** 20
    print(f"wall {time.time() - started:.1f} s; peak PSS of the main process {max(t[1] for t in timeline) / mib:.0f} "
          f"MiB; of the process tree {max(t[2] for t in timeline) / mib:.0f} MiB")
    for at, main_rss, total in timeline[::max(1, len(timeline) // 12)]:
        print(f"{at:7.1f} s  main {main_rss / mib:6.0f} MiB  tree {total / mib:6.0f} MiB")


if __name__ == "__main__":
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    main(sys.argv[1:])
