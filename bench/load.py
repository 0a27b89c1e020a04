"""Load test of the public site: gunicorn with the production settings on a
fresh temporary SQLite database, and locust's simulated visitors reading the
public pages and sending the request form. Not part of the test suite; see
bench/README.md.

Exits non-zero when a request failed, when gunicorn logged a warning or an
error, or when the requests that reached the thank-you page are not stored
exactly once with their mail queued."""

import argparse
import importlib.util
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from production_site import (
    BIN,
    ROOT,
    add_server_arguments,
    build_site,
    catch_stop_signals,
    child,
    default_workers,
    production_env,
    serve,
    server_problems,
    set_up_django,
    stop,
    write_plan,
)

REQUIREMENTS = Path(__file__).resolve().parent / "requirements.txt"


def check_database(results_path: str):
    """Every request that reached the thank-you page is stored exactly once,
    no other request is stored (but for form posts that got no answer), and
    every stored request has its mails in the outbox, their delivery queued
    for the worker."""
    set_up_django()
    from django_tasks_db.models import DBTaskResult

    from intake import notifications
    from intake.models import Request, RequestMail

    results = json.loads(Path(results_path).read_text())
    thanked, posts = results["references"], results["posts"]
    stored = Request.objects.count()
    thanked_stored = Request.objects.filter(reference__in=thanked).count()
    per_request = 1 + len(notifications.coordinator_addresses())  # + confirmation
    mails = RequestMail.objects.count()
    queued = DBTaskResult.objects.filter(
        task_path="intake.tasks.deliver_request_mail", status="READY"
    ).count()
    print(f"thank-you pages seen      {len(thanked):6d}")
    print(f"  of these stored         {thanked_stored:6d}")
    print(f"form posts sent on        {posts['redirected']:6d}")
    print(f"form posts not answered   {posts['unanswered']:6d}")
    print(f"requests stored           {stored:6d}")
    print(f"mails in the outbox       {mails:6d}  ({per_request} per request)")
    print(f"mail deliveries queued    {queued:6d}")
    problems = []
    if thanked_stored != len(thanked) or len(set(thanked)) != len(thanked):
        problems.append("a thank-you page's request is missing or stored twice")
    if not posts["redirected"] <= stored <= posts["redirected"] + posts["unanswered"]:
        problems.append("more or fewer requests stored than form posts sent on")
    if mails != per_request * stored or queued != mails:
        problems.append("not every request has its mails in the outbox, queued")
    for problem in problems:
        print(f"DATABASE CHECK FAILED: {problem}")
    sys.exit(1 if problems else 0)


# The run


def ensure_locust():
    # Only looked up, not imported: importing locust patches the standard
    # library for gevent.
    if importlib.util.find_spec("locust") is None:
        print(f"installing {REQUIREMENTS.relative_to(ROOT)} into the virtualenv")
        pip = [sys.executable, "-m", "pip", "install", "--quiet", "-r"]
        subprocess.run([*pip, str(REQUIREMENTS)], check=True)


def server_cpu_seconds(server) -> float:
    """CPU time of gunicorn's workers so far: a figure for the server's own
    work that does not depend on what else the machine runs."""
    import psutil  # comes with locust

    workers = psutil.Process(server.pid).children()
    return sum(sum(worker.cpu_times()[:2]) for worker in workers)


def run_locust(env, folder: Path, url: str, clients: int, seconds: int):
    command = [
        str(BIN / "locust"),
        "--locustfile=bench/load_visitors.py",
        "--headless",
        "--only-summary",
        "--loglevel=WARNING",
        f"--host={url}",
        f"--users={clients}",
        f"--spawn-rate={clients}",
        f"--run-time={seconds}s",
        # A visitor in the middle of the form finishes it, so every request
        # that was saved also reaches its thank-you page.
        "--stop-timeout=30",
        "--exit-code-on-error=0",
    ]
    env = {
        **env,
        "LOAD_PLAN": str(folder / "plan.json"),
        "LOAD_RESULTS": str(folder / "results.json"),
    }
    with (folder / "locust.log").open("w") as log:
        return subprocess.Popen(
            command, env=env, cwd=ROOT, stdout=log, stderr=log, start_new_session=True
        )


def print_table(results: dict, workers: int, threads: int):
    seconds = results["seconds"]
    print(
        f"\n{results['total']['requests']} requests in {seconds:.0f} s, gunicorn "
        f"with {workers} workers x {threads} threads on {os.cpu_count()} CPUs "
        f"(load average {os.getloadavg()[0]:.1f})\n"
    )
    header = f"{'kind':<28} {'requests':>8} {'req/s':>7} {'p50 ms':>7} "
    print(header + f"{'p95 ms':>7} {'errors':>6}")
    rows = sorted(results["kinds"].items(), key=lambda item: -item[1]["requests"])
    for name, row in [*rows, ("all", results["total"])]:
        if name == "all":
            print("-" * 68)
        print(
            f"{name:<28} {row['requests']:8d} {row['requests'] / seconds:7.1f} "
            f"{row['p50']:7.0f} {row['p95']:7.0f} {row['failures']:6d}"
        )
    for error in results["errors"]:
        print(f"ERROR {error['count']}x {error['kind']}: {error['error']}")


def print_server_cpu(cpu_seconds: float, requests: int):
    per_request = cpu_seconds / max(requests, 1)
    print(
        f"\ngunicorn's workers used {cpu_seconds:.0f} CPU seconds, "
        f"{per_request * 1000:.0f} ms per request:\none CPU to itself would "
        f"serve about {1 / max(per_request, 1e-6):.0f} requests per second"
    )


def run(arguments) -> int:
    ensure_locust()
    folder = Path(tempfile.mkdtemp(prefix="oco-load-"))
    server = visitors = None
    try:
        env = production_env(folder)
        started = time.perf_counter()
        if child(__file__, env, "--build-site", str(folder / "plan.json")).returncode:
            return 1
        print(f"site built in {time.perf_counter() - started:.0f} s", flush=True)
        workers = arguments.workers or default_workers()
        server, url = serve(env, folder, workers, arguments.threads)
        if url is None:
            return 1
        print(
            f"{arguments.clients} visitors for {arguments.seconds} s against {url} "
            f"(load average {os.getloadavg()[0]:.1f})",
            flush=True,
        )
        cpu_before = server_cpu_seconds(server)
        visitors = run_locust(env, folder, url, arguments.clients, arguments.seconds)
        visitors.wait()
        cpu_seconds = server_cpu_seconds(server) - cpu_before
        stop(server)
        if visitors.returncode or not (folder / "results.json").exists():
            print((folder / "locust.log").read_text(errors="replace")[-3000:])
            return 1
        results = json.loads((folder / "results.json").read_text())
        print_table(results, workers, arguments.threads)
        print_server_cpu(cpu_seconds, results["total"]["requests"])
        failed = results["total"]["failures"]
        logged = server_problems(folder)
        print()
        checked = child(__file__, env, "--check-database", str(folder / "results.json"))
        passed = not (failed or logged or checked.returncode)
        print(
            f"\n{'OK' if passed else 'FAILED'}: {failed} failed requests, "
            f"{logged} warnings or errors in gunicorn's log"
        )
        return 0 if passed else 1
    except KeyboardInterrupt:
        print("\nstopped")
        return 130
    finally:
        stop(visitors)
        stop(server)
        if arguments.keep:
            print(f"kept {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=int, default=60)
    add_server_arguments(parser)
    parser.add_argument("--build-site", help=argparse.SUPPRESS)
    parser.add_argument("--check-database", help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.build_site:
        write_plan(build_site(), arguments.build_site)
    elif arguments.check_database:
        check_database(arguments.check_database)
    else:
        catch_stop_signals()
        sys.exit(run(arguments))


if __name__ == "__main__":
    main()
