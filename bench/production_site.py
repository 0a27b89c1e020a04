"""The public site as it runs in production, for the benchmarks that measure
it over HTTP (bench/load.py, bench/pages.py): a fresh SQLite database in a
temporary folder with the initial content, the static files collected there,
and gunicorn with cms.settings.production on 127.0.0.1 at a free port.

The set-up that needs Django runs in a child process of the script (the
script calls itself with a hidden option), with the same environment as
gunicorn, so the script's own process never imports Django."""

import json
import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
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


def build_site() -> dict:
    """Migrate, load the initial content (no demo users), collect the static
    files, and return the plan: the public pages, by kind, from the page tree,
    the search and request pages, and the form's minimum fill time."""
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
    return {
        "pages": pages,
        "search_url": SearchPage.objects.live().get().get_url(),
        # The Dutch form: the English one (at /en/) works the same.
        "request_url": RequestPage.objects.live()
        .get(locale__language_code=settings.LANGUAGE_CODE)
        .get_url(),
        "min_fill_seconds": settings.INTAKE_MIN_FILL_SECONDS,
    }


def write_plan(plan: dict, plan_path: str):
    Path(plan_path).write_text(json.dumps(plan, indent=1))


# The run


def add_server_arguments(parser):
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


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def default_workers() -> int:
    return min(2 * (os.cpu_count() or 1) + 1, MAX_WORKERS)


def production_env(folder: Path, extra_settings: str = "") -> dict:
    """Writes the settings module into the folder (the production settings,
    then extra_settings) and returns the environment for gunicorn and the
    child processes."""
    (folder / f"{SETTINGS_MODULE}.py").write_text(
        SETTINGS_TEMPLATE.format(
            static=str(folder / "static"), media=str(folder / "media")
        )
        + extra_settings
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


def child(script: str, env: dict, *arguments: str) -> subprocess.CompletedProcess:
    """Runs the script again, in a process of its own with env."""
    return subprocess.run(
        [sys.executable, script, *arguments], env=env, cwd=ROOT, check=False
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
    # A session of its own: Ctrl-C reaches the script, which stops gunicorn
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


def serve(env: dict, folder: Path, workers: int, threads: int):
    """gunicorn on a free local port: the process and its base URL, or the
    process and None (its log printed) when it did not come up."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    server = start_gunicorn(env, folder, port, workers, threads)
    if wait_until_up(server, base + "/"):
        return server, base
    print("gunicorn did not start:")
    print((folder / "gunicorn.log").read_text(errors="replace")[-3000:])
    return server, None


def stop(process, timeout: float = 25):
    if process is None or process.poll() is not None:
        return
    process.send_signal(signal.SIGTERM)  # gunicorn and locust: a graceful stop
    try:
        process.wait(timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def server_problems(folder: Path) -> int:
    """Warnings and errors in gunicorn's log (the app's and gunicorn's own);
    the first is printed with what follows it (a traceback)."""
    lines = (folder / "gunicorn.log").read_text(errors="replace").splitlines()
    found = [n for n, line in enumerate(lines) if LOG_PROBLEM.search(line)]
    if found:
        print(f"\n{len(found)} warnings or errors in gunicorn's log; the first:")
        print("\n".join(lines[found[0] : found[0] + 40]))
    return len(found)


def catch_stop_signals():
    """Ctrl-C, also when started in the background (where a shell ignores
    it), and a plain kill stop the run the same way."""
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, signal.default_int_handler)
