"""Benchmark of the agenda page: 500 recurring sessions (about 5,000
occurrences in the coming year) against an empty agenda. Not part of the test
suite; see bench/README.md.

Runs on a fresh temporary SQLite database with the test settings. Each figure
is measured twice: cold (the cache of expanded recurrences cleared before every
request, the worst case after a change) and warm (the usual case)."""

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def set_up_django(database_path):
    sys.path.insert(0, str(ROOT))
    os.environ["DATABASE_URL"] = f"sqlite:///{database_path}"
    os.environ["DJANGO_SETTINGS_MODULE"] = "cms.settings.test"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)


def agenda_url():
    from wagtail.models import Site

    from scheduling.models import AgendaPage

    site = Site.objects.get(is_default_site=True)
    agenda = AgendaPage(title="Agenda", slug="agenda")
    site.root_page.add_child(instance=agenda)
    return agenda.url


def fill(sessions, weeks, registered):
    """``sessions`` weekly series of ``weeks`` weeks each, spread over the year,
    and ``registered`` stored occurrences with three registrations each."""
    from django.utils import timezone

    from scheduling import booking
    from scheduling.factories import CalendarFactory, SessionFactory, next_evening
    from scheduling.occurrences import slots_between

    calendars = [
        CalendarFactory(name=name, slug=name.lower())
        for name in ("Training", "Intervisie")
    ]
    series = []
    for number in range(sessions):
        start = next_evening(days=2 + number % 300)
        series.append(
            SessionFactory(
                calendar=calendars[number % 2],
                title=f"Sessie {number}",
                start=start,
                end=start + timedelta(hours=2),
                recurrence="weekly",
                end_recurring_period=start + timedelta(weeks=weeks - 1, hours=3),
                capacity=12,
            )
        )
    now = timezone.now()
    for number in range(registered):
        session = series[number % len(series)]
        week = number // len(series)
        window_end = session.start + timedelta(weeks=week + 1)
        slot = slots_between(session.start, window_end, sessions=[session])[week]
        for person in range(3):
            booking.register(
                slot,
                name=f"Deelnemer {person}",
                email=f"d{number}-{person}@example.org",
                now=now,
            )


def measure(client, url, requests, cold):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from scheduling.occurrences import forget_cached_occurrences

    timings, queries = [], set()
    client.get(url)  # warm up templates and the first cache fill
    for _request in range(requests):
        if cold:
            forget_cached_occurrences()
        with CaptureQueriesContext(connection) as captured:
            began = time.perf_counter()
            response = client.get(url)
            timings.append((time.perf_counter() - began) * 1000)
        assert response.status_code == 200, response.status_code
        queries.add(len(captured))
    timings.sort()
    return {
        "median": statistics.median(timings),
        "p95": timings[int(len(timings) * 0.95) - 1],
        "queries": sorted(queries),
    }


def count_occurrences():
    from django.utils import timezone

    from scheduling.occurrences import slots_between

    now = timezone.now()
    return len(slots_between(now, now + timedelta(days=372)))


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sessions", type=int, default=500)
    parser.add_argument("--weeks", type=int, default=10)
    parser.add_argument("--registered", type=int, default=1000)
    parser.add_argument("--requests", type=int, default=30)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="oco-bench-agenda-") as folder:
        set_up_django(str(Path(folder) / "bench.sqlite3"))
        from django.test import Client

        client = Client()
        url = agenda_url()
        results = {}
        results["empty"] = {
            mode: measure(client, url, args.requests, mode == "cold")
            for mode in ("cold", "warm")
        }
        began = time.perf_counter()
        fill(args.sessions, args.weeks, args.registered)
        filled_in = time.perf_counter() - began
        occurrences = count_occurrences()
        results["full"] = {
            mode: measure(client, url, args.requests, mode == "cold")
            for mode in ("cold", "warm")
        }

    print(
        f"Agenda page, {args.requests} requests per figure; full = "
        f"{args.sessions} weekly sessions, {occurrences} occurrences in the coming "
        f"year, {args.registered} stored with registrations "
        f"(built in {filled_in:.1f} s)."
    )
    print(f"{'':14}{'median ms':>10}{'p95 ms':>10}  queries")
    for size in ("empty", "full"):
        for mode in ("cold", "warm"):
            figure = results[size][mode]
            print(
                f"{size + ' ' + mode:14}{figure['median']:10.1f}{figure['p95']:10.1f}  "
                f"{figure['queries']}"
            )
    for mode in ("cold", "warm"):
        ratio = results["full"][mode]["median"] / results["empty"][mode]["median"]
        print(f"ratio full/empty ({mode}): {ratio:.1f}x")


if __name__ == "__main__":
    main()
