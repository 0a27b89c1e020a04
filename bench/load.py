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
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
REQUIREMENTS = Path(__file__).resolve().parent / "requirements.txt"
SETTINGS_MODULE = "load_settings"
MAX_WORKERS = 12

# The production settings. Only the folders for uploads and collected static
# files move into the temporary folder, so the run leaves the worktree alone,
# and log lines start with their level.
SETTINGS_TEMPLATE = """from cms.settings.production import *

STATIC_ROOT = {static!r}
MEDIA_ROOT = {media!r}

# Every log line starts with its level, so that the run can count problems.
LOGGING["formatters"] = {{"level": {{"format": "%(levelname)s %(name)s: %(message)s"}}}}
LOGGING["handlers"]["console"]["formatter"] = "level"
"""
# Django's log lines and gunicorn's at warning level and above.
LOG_PROBLEM = re.compile(r"^(WARNING|ERROR|CRITICAL) |\[(WARNING|ERROR|CRITICAL)\]")


# Set-up, in child processes with the production settings


def set_up_django():
    sys.path[:0] = [str(ROOT), os.environ["LOAD_FOLDER"]]
    import django

    django.setup()


def build_site(plan_path: str):
    """Migrate, load the initial content (no demo users), collect the static
    files and write down the public pages, by kind, from the page tree."""
    import io

    from django.core.management import call_command

    set_up_django()
    call_command("migrate", verbosity=0, interactive=False)
    call_command("createcachetable", verbosity=0)
    call_command("load_initial_data", stdout=io.StringIO())
    call_command("collectstatic", verbosity=0, interactive=False)

    from django.conf import settings
    from wagtail.models import Page

    from home.models import SearchPage
    from intake.models import RequestPage

    pages = [
        {"url": page.get_url(), "kind": type(page).__name__}
        for page in Page.objects.live().public().filter(depth__gt=1).specific()
        if not isinstance(page, RequestPage | SearchPage)
    ]
    plan = {
        "pages": pages,
        "search_url": SearchPage.objects.live().get().get_url(),
        "request_url": RequestPage.objects.live().get().get_url(),
        "min_fill_seconds": settings.INTAKE_MIN_FILL_SECONDS,
    }
    Path(plan_path).write_text(json.dumps(plan, indent=1))


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


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def default_workers() -> int:
    return min(2 * (os.cpu_count() or 1) + 1, MAX_WORKERS)


def production_env(folder: Path) -> dict:
    (folder / f"{SETTINGS_MODULE}.py").write_text(
        SETTINGS_TEMPLATE.format(
            static=str(folder / "static"), media=str(folder / "media")
        )
    )
    return {
        **os.environ,
        "LOAD_FOLDER": str(folder),
        "PYTHONPATH": os.pathsep.join([str(ROOT), str(folder)]),
        "DJANGO_SETTINGS_MODULE": SETTINGS_MODULE,
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1",
        "DJANGO_SECURE_SSL_REDIRECT": "false",
        "DATABASE_URL": f"sqlite:///{folder / 'db.sqlite3'}",
    }


def child(env: dict, *arguments: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, __file__, *arguments], env=env, cwd=ROOT, check=False
    )


def start_gunicorn(env: dict, folder: Path, port: int, workers: int, threads: int):
    # The pages are rendered in Python, one thread at a time per process, so
    # the processes give the parallelism. Two threads each let a process
    # render one request while another waits: for SQLite's write lock, a
    # PostgreSQL round trip, or the request form's wait (up to three seconds)
    # for the first of two identical submissions, which would hold a sync
    # worker still. More threads only queue more requests in one process.
    command = [
        str(BIN / "gunicorn"),
        "cms.wsgi:application",
        f"--bind=127.0.0.1:{port}",
        f"--workers={workers}",
        f"--worker-class={'gthread' if threads > 1 else 'sync'}",
        f"--threads={threads}",
        "--graceful-timeout=20",
        "--no-control-socket",
        f"--access-logfile={folder / 'access.log'}",
    ]
    # A session of its own: Ctrl-C reaches this script, which stops gunicorn
    # gracefully itself.
    with (folder / "gunicorn.log").open("w") as log:
        return subprocess.Popen(
            command, env=env, cwd=ROOT, stdout=log, stderr=log, start_new_session=True
        )


def wait_until_up(server, url: str, timeout: float = 60) -> bool:
    deadline = time.monotonic() + timeout
    request = urllib.request.Request(url, headers={"X-Forwarded-Proto": "https"})
    while time.monotonic() < deadline:
        if server.poll() is not None:
            return False
        try:
            with urllib.request.urlopen(request, timeout=5):
                return True
        except OSError:
            time.sleep(0.3)
    return False


def stop(process, timeout: float = 25):
    if process is None or process.poll() is not None:
        return
    process.send_signal(signal.SIGTERM)  # gunicorn and locust: a graceful stop
    try:
        process.wait(timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


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


def server_problems(folder: Path) -> int:
    """Warnings and errors in gunicorn's log (the app's and gunicorn's own);
    the first is printed with what follows it (a traceback)."""
    lines = (folder / "gunicorn.log").read_text(errors="replace").splitlines()
    found = [n for n, line in enumerate(lines) if LOG_PROBLEM.search(line)]
    if found:
        print(f"\n{len(found)} warnings or errors in gunicorn's log; the first:")
        print("\n".join(lines[found[0] : found[0] + 40]))
    return len(found)


def run(arguments) -> int:
    ensure_locust()
    folder = Path(tempfile.mkdtemp(prefix="oco-load-"))
    server = visitors = None
    try:
        env = production_env(folder)
        started = time.perf_counter()
        if child(env, "--build-site", str(folder / "plan.json")).returncode:
            return 1
        print(f"site built in {time.perf_counter() - started:.0f} s", flush=True)
        workers = arguments.workers or default_workers()
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        server = start_gunicorn(env, folder, port, workers, arguments.threads)
        if not wait_until_up(server, url + "/"):
            print("gunicorn did not start:")
            print((folder / "gunicorn.log").read_text(errors="replace")[-3000:])
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
        checked = child(env, "--check-database", str(folder / "results.json"))
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
    parser.add_argument(
        "--workers",
        type=int,
        default=0,
        help=f"gunicorn processes; default 2 x CPUs + 1, at most {MAX_WORKERS}",
    )
    parser.add_argument(
        "--threads",
        type=int,
        default=2,
        help="threads per gunicorn process (gthread); 1 for the sync worker",
    )
    parser.add_argument(
        "--keep",
        action="store_true",
        help="keep the temporary folder (database, logs) to look into afterwards",
    )
    parser.add_argument("--build-site", help=argparse.SUPPRESS)
    parser.add_argument("--check-database", help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.build_site:
        build_site(arguments.build_site)
    elif arguments.check_database:
        check_database(arguments.check_database)
    else:
        # Ctrl-C, also when started in the background (where a shell ignores
        # it), and a plain kill stop the run the same way.
        signal.signal(signal.SIGINT, signal.default_int_handler)
        signal.signal(signal.SIGTERM, signal.default_int_handler)
        sys.exit(run(arguments))


if __name__ == "__main__":
    main()
