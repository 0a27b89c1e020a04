"""One row of the page benchmark: wrk against one address, with the CPU time
gunicorn's workers spent on it (read from /proc, Linux)."""

import json
import os
import subprocess
from pathlib import Path

WRK_SCRIPT = Path(__file__).resolve().parent / "pages.lua"


def worker_cpu_seconds(server) -> float:
    """CPU time of gunicorn's workers so far (Linux): the server's own work,
    which does not depend on what else the machine runs."""
    ticks = os.sysconf("SC_CLK_TCK")
    children = Path(f"/proc/{server.pid}/task/{server.pid}/children")
    total = 0
    for pid in children.read_text().split():
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except FileNotFoundError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / ticks


def run_wrk(
    server, folder: Path, url: str, seconds: int, connections: int, extra_env=None
):
    """One row: wrk against url; returns its figures."""
    result = folder / "wrk-result.json"
    result.unlink(missing_ok=True)
    threads = max(1, min(connections, (os.cpu_count() or 1) // 4))
    command = [
        "wrk",
        f"--threads={threads}",
        f"--connections={connections}",
        f"--duration={seconds}s",
        "--timeout=30s",
        f"--script={WRK_SCRIPT}",
        url,
        "--",
        str(threads),
    ]
    env = {
        **os.environ,
        "BENCH_MODE": "get",
        "BENCH_RESULT": str(result),
        **(extra_env or {}),
    }
    cpu_before = worker_cpu_seconds(server)
    with (folder / "wrk.log").open("a") as log:
        log.write(f"\n$ {' '.join(command)}\n")
        log.flush()
        subprocess.run(command, env=env, stdout=log, stderr=log, check=False)
    cpu_seconds = worker_cpu_seconds(server) - cpu_before
    if not result.exists():
        log = (folder / "wrk.log").read_text(errors="replace")
        raise RuntimeError(f"wrk gave no figures:\n{log[-2000:]}")
    figures = json.loads(result.read_text())
    figures["errors"] = (
        sum(figures[kind] for kind in ("connect", "read", "write", "status", "timeout"))
        + figures["refused"]
    )
    figures["per_second"] = figures["requests"] / (figures["duration_us"] / 1e6)
    figures["cpu_ms"] = 1000 * cpu_seconds / max(figures["requests"], 1)
    return figures
