"""Benchmark of the roster import: a generated file of 5,000 members imported
into one new group, through the same code the admin views use
(pool.imports.RosterImport). Not part of the test suite; see bench/README.md.

Runs on a fresh temporary SQLite database with the test settings."""

import argparse
import io
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

FIRST_NAMES = [
    "Anna", "Bram", "Chloé", "Daan", "Esra", "Fleur", "Gijs", "Hatice", "Ilse",
    "Joris", "Kees", "Lotte", "Mehmet", "Noor", "Olga", "Pieter", "Rachida",
    "Sanne", "Tijn", "Umut", "Vera", "Wouter", "Yara", "Zeynep",
]  # fmt: skip
LAST_NAMES = [
    "de Vries", "Jansen", "Bakker", "Öztürk", "El Amrani", "Visser", "Smit",
    "Meijer", "de Boer", "Mulder", "Kaya", "Bos", "Vos", "Peters", "Hendriks",
    "van Dijk", "Dekker", "Brouwer", "de Wit", "Koç",
]  # fmt: skip
LANGUAGES = ["Nederlands", "Nederlands, Engels", "Nederlands, Turks", "Arabisch"]


def set_up_django(database_path: str):
    sys.path.insert(0, str(ROOT))
    os.environ["DATABASE_URL"] = f"sqlite:///{database_path}"
    os.environ["DJANGO_SETTINGS_MODULE"] = "cms.settings.test"
    import django
    from django.utils import translation

    django.setup()
    translation.activate("nl")


def prepare_database(database_path: str):
    """Migrate and load the initial content in a child process, so that its
    memory (PDFs, video) does not count in the peak of the import."""
    command = [sys.executable, __file__, "--build-database", database_path]
    subprocess.run(command, check=True, cwd=ROOT)


def build_database(database_path: str):
    from django.core.management import call_command

    set_up_django(database_path)
    call_command("migrate", verbosity=0, interactive=False)
    call_command("load_initial_data", stdout=io.StringIO())


def create_group():
    from django.contrib.auth import get_user_model

    from pool.models import PoolIndexPage, RosterGroupPage

    user = get_user_model().objects.create_superuser(
        "bench-coordinator", "bench@example.org", "een-lang-benchwachtwoord"
    )
    group = RosterGroupPage(title="Benchmarkgroep", slug="benchmarkgroep")
    PoolIndexPage.objects.get().add_child(instance=group)
    group.save_revision(user=user).publish(user=user)
    return RosterGroupPage.objects.get(pk=group.pk), user


def ascii_email(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return plain.replace(" ", "").lower()


def roster_csv(rows: int) -> bytes:
    import tablib

    from pool.choices import DOMAINS, LIVED_EXPERIENCE
    from pool.resources import MemberResource

    pick = random.Random(2024)
    dataset = tablib.Dataset(headers=MemberResource.column_names())
    for n in range(rows):
        first, last = pick.choice(FIRST_NAMES), pick.choice(LAST_NAMES)
        active = pick.random() > 0.1
        dataset.append(
            [
                f"{first} {last}",
                ascii_email(f"{first}.{last}.{n}@bench.example"),
                f"06 {10_000_000 + n:08d}",
                pick.choice(LANGUAGES),
                ", ".join(str(label) for _k, label in pick.sample(DOMAINS, 2)),
                str(pick.choice(LIVED_EXPERIENCE)[1]),
                f"{pick.randint(1, 28):02d}-{pick.randint(1, 12):02d}-2024",
                f"{pick.randint(1, 28):02d}-{pick.randint(1, 12):02d}-2020",
                "ja" if active else "nee",
                "" if active else "30-06-2025",
                "Buurtteam Almere" if n % 7 == 0 else "",
            ]
        )
    return dataset.export("csv").encode("utf-8")


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def measure(label, rows, step, trace_memory):
    if trace_memory:
        tracemalloc.start()
    started = time.perf_counter()
    outcome = step()
    seconds = time.perf_counter() - started
    line = (
        f"{label:<34} {seconds:7.2f} s  {rows / seconds:8.0f} rows/s  "
        f"peak RSS {peak_rss_mb():6.0f} MB"
    )
    if trace_memory:
        _current, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        line += f"  traced peak {peak / 1024 / 1024:6.1f} MB"
    print(line, flush=True)
    return outcome


def time_publishing(imports_module) -> list[float]:
    """Wraps pool.imports.publish_roster to report its share of the import."""
    seconds = []
    publish = imports_module.publish_roster

    def timed_publish(*args, **kwargs):
        started = time.perf_counter()
        try:
            return publish(*args, **kwargs)
        finally:
            seconds.append(time.perf_counter() - started)

    imports_module.publish_roster = timed_publish
    return seconds


def run(rows: int, trace_memory: bool):
    from pool import imports
    from pool.imports import RosterImport, read_roster_file
    from pool.models import Member

    publish_seconds = time_publishing(imports)

    group, user = create_group()
    content = roster_csv(rows)
    print(f"{rows} rows, CSV of {len(content) / 1024:.0f} KB", flush=True)
    print(f"{'peak RSS before the import':<34} {peak_rss_mb():7.0f} MB", flush=True)
    roster_import = RosterImport(group)

    def read():
        return read_roster_file(content, "csv")

    roster_file = measure("read the file", rows, read, trace_memory)

    def dry_run():
        return roster_import.preview(roster_file)

    preview = measure("dry run (preview)", rows, dry_run, trace_memory)
    assert preview.totals["new"] == rows, preview.error_rows[:3]
    assert not Member.objects.filter(page=group).exists()

    def apply():
        return roster_import.apply(roster_file, preview.fingerprint, user=user)

    measure("import + publish revision", rows, apply, trace_memory)
    assert Member.objects.filter(page=group).count() == rows
    print(f"{'  of which revision + publish':<34} {publish_seconds[0]:7.2f} s")

    def unchanged_dry_run():
        return roster_import.preview(read_roster_file(content, "csv"))

    again = measure(
        "dry run again (all unchanged)", rows, unchanged_dry_run, trace_memory
    )
    assert again.totals["skip"] == rows, again.totals


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rows", type=int, default=5000)
    parser.add_argument(
        "--trace-memory",
        action="store_true",
        help="also report tracemalloc's peak per step (makes every step slower)",
    )
    parser.add_argument("--build-database", help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.build_database:
        build_database(arguments.build_database)
        return
    handle, database_path = tempfile.mkstemp(prefix="oco-bench-", suffix=".sqlite3")
    os.close(handle)
    try:
        started = time.perf_counter()
        prepare_database(database_path)
        print(f"database ready in {time.perf_counter() - started:.1f} s", flush=True)
        set_up_django(database_path)
        run(arguments.rows, arguments.trace_memory)
    finally:
        os.remove(database_path)


if __name__ == "__main__":
    main()
