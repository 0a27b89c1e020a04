"""Side-by-side benchmark of the public site: gunicorn with the production
settings on a fresh temporary SQLite database, and wrk sending one kind of
request at a time, from a static file (the floor) to the request form's post.
Not part of the test suite; see bench/README.md.

Exits non-zero when a request failed or got another answer than expected,
when gunicorn logged a warning or an error, when the posts that reached
the thank-you page are not stored, or when a cached page stays below half the
static file's rate (measured again, back to back with the static file, at
most twice)."""

import argparse
import http.cookies
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote, urlencode

from production_site import (
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
)
from wrk_rows import run_wrk

FLOOR_URL = "/bench-floor/"
# The pages, each measured twice: as anonymous visitors get it from the page
# cache, and rendered: a query string keeps the cache out of the way.
PAGES = [
    ("home page", "/"),
    ("standard page", "/wat-doet-een-oco/"),
    ("documents page", "/documenten/"),
    ("agenda", "/voor-ocos/agenda/"),
]
RENDERED_QUERY = "?bench=rendered"
PAGE_ROWS = [
    row
    for name, path in PAGES
    for row in ((f"{name}, cached", path), (f"{name}, rendered", path + RENDERED_QUERY))
]
CACHED_ROWS = [name for name, path in PAGE_ROWS if not path.endswith(RENDERED_QUERY)]
# The page cache's goal: a cached page at half the static file's rate or more.
CACHED_GOAL = 0.5
# A cached row below the goal is measured again, right after the static file,
# at most this many times: on a shared machine one window can be slow.
RECHECKS = 2
STATIC_ROW, FLOOR_ROW = "static file (whitenoise)", "bare Django view"
FORM_GET_ROW, FORM_POST_ROW = "request form GET", "request form POST"
# Tokens minted per second of the post's row: far more than a server posts.
TOKENS_PER_SECOND = 500
WRK_INSTALL = "sudo apt-get install -y wrk"

# Only for this benchmark, after the production settings: a bare view in a
# urlconf of its own, and the request form's limits for one address raised.
EXTRA_SETTINGS = """
# The benchmark's own urlconf: the site's, with a bare view in front.
ROOT_URLCONF = "bench_urls"
# Every post comes from one address: no rate limit to speak of.
INTAKE_RATE_LIMIT = {"requests": 10**9, "seconds": 3600}
"""
BENCH_URLS = f'''from django.http import HttpResponse
from django.urls import path

from cms.urls import urlpatterns as site_urlpatterns


def floor(request):
    """The framework's floor: the site's middleware, no template, no query."""
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [path({FLOOR_URL[1:]!r}, floor), *site_urlpatterns]
handler500 = "home.views.server_error"
'''


HIDDEN_INPUT = re.compile(r'<input type="hidden" name="([^"]+)" value="([^"]*)"')
STYLESHEET = re.compile(r'<link rel="stylesheet" href="([^"]+\.css)"')


# Set-up, in child processes with the production settings


def prepare(plan_path: str, token_count: str, folder: str):
    """Builds the site and writes the plan, then mints the request form's
    one-time tokens (its signed start times) as the form would, dated the
    minimum fill time ago, and counts each page's queries."""
    plan = build_site()
    from django.conf import settings

    from intake import spam

    started = time.time() - settings.INTAKE_MIN_FILL_SECONDS - 1
    tokens = (spam.new_timestamp(now=started) for _ in range(int(token_count)))
    lines = "".join(quote(token, safe="") + "\n" for token in tokens)
    (Path(folder) / "tokens.txt").write_text(lines)
    urls = [FLOOR_URL, *(url for _name, url in PAGE_ROWS), plan["request_url"]]
    plan["queries"] = count_queries(urls)
    Path(plan_path).write_text(json.dumps(plan, indent=1))


def count_queries(urls: list[str]) -> dict:
    """Queries per request, for the second request to each page (the first
    fills the caches)."""
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="127.0.0.1", HTTP_X_FORWARDED_PROTO="https")
    counts = {}
    for url in urls:
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        counts[url] = len(queries)
    return counts


def count_requests():
    set_up_django()
    from intake.models import Request

    print(Request.objects.count())


# The run


def fetch(url: str, headers: dict | None = None):
    request = urllib.request.Request(
        url, headers={"X-Forwarded-Proto": "https", **(headers or {})}
    )
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.status, response.headers, response.read().decode()


def read_form(base: str, request_url: str) -> dict:
    """The CSRF cookie and token of a shown form; the same pair is valid for
    every post."""
    status, headers, html = fetch(base + request_url)
    hidden = dict(HIDDEN_INPUT.findall(html))
    cookies = http.cookies.SimpleCookie()
    for header in headers.get_all("Set-Cookie") or []:
        cookies.load(header)
    if status != 200 or "started" not in hidden or "csrftoken" not in cookies:
        raise RuntimeError("the request form has no CSRF cookie or start time")
    return {
        "csrf_cookie": cookies["csrftoken"].value,
        "csrf_token": hidden["csrfmiddlewaretoken"],
    }


def post_environment(base: str, request_url: str, form: dict) -> dict:
    """What the post's wrk script needs: the form's answers (a valid request
    of an invented resident) without the token, which it adds."""
    answers = {
        "csrfmiddlewaretoken": form["csrf_token"],
        "submitted_by": "resident",
        "name": "Bezoeker Benchmark",
        "phone": "06 12345678",
        "email": "bezoeker@example.org",
        "contact_way": "either",
        "contact_time": "any",
        "postcode": "1315 AB",
        "domains": ["wmo", "jeugd"],
        "conversation_subject": "Een gesprek met het wijkteam over hulp in huis.",
        "no_preference": "on",
        "consent": "on",
        "homepage": "",
    }
    origin = "https://" + base.removeprefix("http://")
    return {
        "BENCH_BODY": urlencode(answers, doseq=True) + "&started=",
        "BENCH_COOKIE": f"csrftoken={form['csrf_cookie']}",
        "BENCH_ORIGIN": origin,
        "BENCH_REFERER": origin + request_url,
    }


def print_table(rows: dict, queries: dict):
    floor = rows[STATIC_ROW]["per_second"] or 1
    header = f"{'row':<25} {'req/s':>7} {'p50 ms':>7} {'p95 ms':>7} {'errors':>6}"
    print(f"\n{header} {'ratio':>6} {'CPU ms':>6} {'queries':>7}")
    print("-" * 78)
    for name, row in rows.items():
        count = queries.get(name, "-")
        print(
            f"{name:<25} {row['per_second']:7.1f} {row['p50_us'] / 1000:7.1f} "
            f"{row['p95_us'] / 1000:7.1f} {row['errors']:6d} "
            f"{row['per_second'] / floor:6.1%} {row['cpu_ms']:6.1f} {count:>7}"
        )
    print(
        "\nratio: req/s against the static file's; errors: connection errors, "
        "timeouts,\nHTTP 4xx/5xx, and for the post any answer but the redirect "
        "to the thank-you page;\nCPU ms: gunicorn's workers' CPU time per "
        "request; queries: per request, the second\none to the page (Django's "
        "test client)"
    )


def measure_rows(arguments, server, folder: Path, base: str, plan: dict) -> dict:
    """Every row in turn, after a short warm-up of the pages."""
    status, _headers, home = fetch(base + "/")
    stylesheet = STYLESHEET.search(home)
    if status != 200 or stylesheet is None:
        raise RuntimeError("the home page links no stylesheet")
    urls = {
        STATIC_ROW: stylesheet.group(1),
        FLOOR_ROW: FLOOR_URL,
        **dict(PAGE_ROWS),
        FORM_GET_ROW: plan["request_url"],
    }
    known = {page["url"] for page in plan["pages"]}
    for name, path in PAGES:
        if path not in known:
            raise RuntimeError(f"{name}: {path} is not a live public page")
    for name, url in urls.items():
        # Each answers 200 itself, not a redirect; wrk counts 4xx/5xx only.
        if fetch(base + url)[0] != 200:
            raise RuntimeError(f"{url} does not answer 200")
        run_wrk(server, folder, base + url, 1, arguments.connections)
        cache_status = fetch(base + url)[1].get("X-Page-Cache")
        if (cache_status == "hit") != (name in CACHED_ROWS):
            raise RuntimeError(f"{name}: the page cache answered {cache_status}")
    rows = {}
    for name, url in urls.items():
        print(f"  {name} ({url})", flush=True)
        rows[name] = run_wrk(
            server, folder, base + url, arguments.seconds, arguments.connections
        )
    form = read_form(base, plan["request_url"])
    print(f"  {FORM_POST_ROW} ({plan['request_url']})", flush=True)
    rows[FORM_POST_ROW] = run_wrk(
        server,
        folder,
        base + plan["request_url"],
        arguments.seconds,
        arguments.connections,
        {
            "BENCH_MODE": "post",
            "BENCH_TOKENS": str(folder / "tokens.txt"),
            **post_environment(base, plan["request_url"], form),
        },
    )
    return {"urls": {**urls, FORM_POST_ROW: plan["request_url"]}, "rows": rows}


def recheck_slow_rows(arguments, server, folder: Path, base: str, measured) -> dict:
    """For each cached row below the goal, the pairs (static file's req/s,
    the row's req/s) measured again back to back, until one meets the goal."""
    urls, rows = measured["urls"], measured["rows"]
    rechecks = {}
    for name in CACHED_ROWS:
        pairs = [(rows[STATIC_ROW]["per_second"], rows[name]["per_second"])]
        while pairs[-1][1] < CACHED_GOAL * pairs[-1][0] and len(pairs) <= RECHECKS:
            print(f"  again: {STATIC_ROW}, then {name}", flush=True)
            static, page = (
                run_wrk(
                    server,
                    folder,
                    base + urls[row],
                    arguments.seconds,
                    arguments.connections,
                )["per_second"]
                for row in (STATIC_ROW, name)
            )
            pairs.append((static, page))
        if len(pairs) > 1:
            rechecks[name] = pairs[1:]
    return rechecks


def below_goal(rows: dict, rechecks: dict) -> list[str]:
    """The cached rows below the goal in their first measurement and in every
    recheck."""
    floor = rows[STATIC_ROW]["per_second"] or 1
    return [
        name
        for name in CACHED_ROWS
        if rows[name]["per_second"] / floor < CACHED_GOAL
        and all(page < CACHED_GOAL * static for static, page in rechecks.get(name, []))
    ]


def print_rechecks(rechecks: dict):
    if not rechecks:
        return
    print(
        f"\nMeasured again, below {CACHED_GOAL:.0%} of the static file the "
        "first time\n(the static file, then the page, back to back):"
    )
    for name, pairs in rechecks.items():
        for static, page in pairs:
            print(
                f"  {name:<23} static {static:7.1f}  page {page:7.1f}  "
                f"ratio {page / (static or 1):6.1%}"
            )


def run(arguments) -> int:
    if shutil.which("wrk") is None:
        print(f"wrk is not installed; install it with: {WRK_INSTALL}")
        return 2
    folder = Path(tempfile.mkdtemp(prefix="oco-pages-"))
    server = None
    try:
        env = production_env(folder, EXTRA_SETTINGS)
        (folder / "bench_urls.py").write_text(BENCH_URLS)
        started = time.perf_counter()
        plan_path = folder / "plan.json"
        tokens = max(2000, TOKENS_PER_SECOND * arguments.seconds)
        prepared = child(
            __file__, env, "--prepare", str(plan_path), str(tokens), str(folder)
        )
        if prepared.returncode or not plan_path.exists():
            return 1
        plan = json.loads(plan_path.read_text())
        print(f"site built in {time.perf_counter() - started:.0f} s", flush=True)
        workers = arguments.workers or default_workers()
        server, base = serve(env, folder, workers, arguments.threads)
        if base is None:
            return 1
        print(
            f"gunicorn with {workers} workers x {arguments.threads} threads on "
            f"{os.cpu_count()} CPUs; wrk with {arguments.connections} connections, "
            f"{arguments.seconds} s per row (load average "
            f"{os.getloadavg()[0]:.1f})",
            flush=True,
        )
        measured = measure_rows(arguments, server, folder, base, plan)
        measured["rechecks"] = recheck_slow_rows(
            arguments, server, folder, base, measured
        )
        stop(server)
        stored = int(
            subprocess.run(
                [sys.executable, __file__, "--count-requests"],
                env=env,
                cwd=ROOT,
                check=True,
                capture_output=True,
                text=True,
            ).stdout
        )
        return report(arguments, folder, plan, measured, stored, workers)
    except RuntimeError as error:
        print(f"FAILED: {error}")
        return 1
    except KeyboardInterrupt:
        print("\nstopped")
        return 130
    finally:
        stop(server)
        if arguments.keep:
            print(f"kept {folder}")
        else:
            shutil.rmtree(folder, ignore_errors=True)


def report(arguments, folder, plan, measured, stored, workers) -> int:
    rows = measured["rows"]
    queries = {
        name: plan["queries"][url]
        for name, url in measured["urls"].items()
        if url in plan["queries"] and name != FORM_POST_ROW
    }
    print_table(rows, queries)
    post = rows[FORM_POST_ROW]
    print(
        "\nFor this run only, the request form's rate limit per address is "
        "raised\n(INTAKE_RATE_LIMIT in the benchmark's settings): every post "
        "comes from one address.\nEach post carries a start time of its own, "
        "signed as the form does and dated\nthe minimum fill time "
        f"({plan['min_fill_seconds']} s) ago, so the one-request-per-form "
        "guard lets each through."
    )
    print(
        f"posts answered with the thank-you page {post['thanked']:6d}\n"
        f"requests stored                       {stored:6d}"
    )
    problems = []
    if any(row["errors"] for row in rows.values()):
        problems.append("requests failed or got another answer than expected")
    if post["reused"]:
        problems.append("the minted start times ran out: raise TOKENS_PER_SECOND")
    # A post cut off at the end may be stored without its answer counted.
    if not post["thanked"] <= stored <= post["thanked"] + arguments.connections:
        problems.append("more or fewer requests stored than posts thanked")
    if server_problems(folder):
        problems.append("warnings or errors in gunicorn's log")
    print_rechecks(measured["rechecks"])
    slow = below_goal(rows, measured["rechecks"])
    if slow:
        problems.append(
            f"below {CACHED_GOAL:.0%} of the static file: {', '.join(slow)}"
        )
    if arguments.json:
        figures = {
            "cpus": os.cpu_count(),
            "workers": workers,
            "threads": arguments.threads,
            "connections": arguments.connections,
            "seconds": arguments.seconds,
            "urls": measured["urls"],
            "rows": rows,
            "rechecks": measured["rechecks"],
            "queries": queries,
            "requests_stored": stored,
            "problems": problems,
        }
        Path(arguments.json).write_text(json.dumps(figures, indent=1))
    for problem in problems:
        print(f"FAILED: {problem}")
    if not problems:
        print("\nOK: no failed request, nothing in gunicorn's log")
    return 1 if problems else 0


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seconds", type=int, default=10, help="per row")
    parser.add_argument("--connections", type=int, default=10)
    parser.add_argument("--json", help="write the figures to this file")
    add_server_arguments(parser)
    parser.add_argument("--prepare", nargs=3, help=argparse.SUPPRESS)
    parser.add_argument("--count-requests", action="store_true", help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.prepare:
        prepare(*arguments.prepare)
    elif arguments.count_requests:
        count_requests()
    else:
        catch_stop_signals()
        sys.exit(run(arguments))


if __name__ == "__main__":
    main()
