#!/usr/bin/env python3
# SPDX-License-Identifier: AGPL-3.0-or-later
"""Reads `perf script -F cpu,time,event,trace` of a `perf sched record -a` and says, for each CPU, how long it was
idle while threads were queued on the others (work the scheduler had not moved), and who woke whom.

    perf sched record -a -o sched.data -- sleep 5
    perf script -i sched.data -F cpu,time,event,trace | python3 tools/sched_idle.py

Written for docs/benchmarks.md (round 26): `perf sched timehist` gives idle time per CPU, but not whether
another CPU had threads waiting at that moment.
"""
import collections
import re
import sys

SWITCH = re.compile(r"\[(\d+)\]\s+([\d.]+):\s+sched:sched_switch: prev_comm=(.*?) prev_pid=(\d+) prev_prio=\d+ "
                    r"prev_state=(\S+) ==> next_comm=(.*?) next_pid=(\d+)")
WAKING = re.compile(r"\[(\d+)\]\s+([\d.]+):\s+sched:sched_waking: comm=(.*?) pid=(\d+) prio=\d+ target_cpu=(\d+)")
MIGRATE = re.compile(r"\[(\d+)\]\s+([\d.]+):\s+sched:sched_migrate_task: comm=(.*?) pid=(\d+) prio=\d+ "
                     r"orig_cpu=(\d+) dest_cpu=(\d+)")
GROUPS = (("http-nio", "request threads"), ("h2-group-commit", "h2-group-commit"), ("H2-serializatio", "H2-serialization"),
          ("H2-save", "H2-save"), ("HikariPool", "Hikari"), ("elasticsearch", "search node"),
          ("EventProcessor", "event processors"), ("gatling", "load generator"), ("swapper", "interrupts"),
          ("C1 Compiler", "JIT"), ("C2 Compiler", "JIT"), ("GC Thread", "GC"))


def group(comm):
    for prefix, name in GROUPS:
        if comm.startswith(prefix):
            return name
    return "other"


def main():
    running = {}  # cpu -> pid on it (0: idle)
    queued = {}  # pid -> cpu it waits on
    idle = collections.Counter()  # (cpu, tasks queued elsewhere, capped at 5) -> seconds
    wakeups = collections.Counter()
    comm_of = {}
    first = last = None
    for line in sys.stdin:
        switch = SWITCH.search(line)
        waking = None if switch else WAKING.search(line)
        migrate = None if switch or waking else MIGRATE.search(line)
        event = switch or waking or migrate
        if not event:
            continue
        now = float(event.group(2))
        if last is not None and now > last:
            for cpu, pid in running.items():
                if pid == 0:
                    elsewhere = sum(1 for other in queued.values() if other != cpu)
                    idle[(cpu, min(elsewhere, 5))] += now - last
        first = now if first is None else first
        last = now
        if switch:
            cpu, prev, state, nxt = int(switch.group(1)), int(switch.group(4)), switch.group(5), int(switch.group(7))
            if prev != 0 and state.startswith("R"):
                queued[prev] = cpu
            queued.pop(nxt, None)
            running[cpu] = nxt
            comm_of[prev], comm_of[nxt] = switch.group(3), switch.group(6)
        elif waking:
            cpu, pid = int(waking.group(1)), int(waking.group(4))
            waker = running.get(cpu)
            wakeups[(group(comm_of.get(waker, "swapper")) if waker else "interrupts", group(waking.group(3)))] += 1
            if pid not in running.values():
                queued[pid] = int(waking.group(5))
        else:
            pid = int(migrate.group(4))
            if pid in queued:
                queued[pid] = int(migrate.group(6))
    seconds = (last - first) if first is not None else 0
    print(f"recorded {seconds:.2f} s")
    for cpu in sorted({cpu for cpu, _ in idle}):
        total = sum(v for (c, _), v in idle.items() if c == cpu)
        waiting = sum(v for (c, n), v in idle.items() if c == cpu and n > 0)
        print(f"CPU {cpu}: idle {total:.3f} s, of which {waiting:.3f} s with threads queued on another CPU"
              f" ({idle[(cpu, 5)]:.3f} s with five or more)")
    print("wake-ups a second, waker -> woken:")
    for (waker, woken), count in wakeups.most_common(12):
        print(f"  {count / seconds:8.0f}  {waker} -> {woken}")


if __name__ == "__main__":
    main()
