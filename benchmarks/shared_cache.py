"""What the cross-host checks cost: the page cache's generation check, and where the
official data's version stamp is read from.

    .venv/bin/python benchmarks/shared_cache.py [--redis-url redis://127.0.0.1:6379/15]
        [--database-url postgres://postgres@127.0.0.1:5432/tally_bench_cache] [--runs 7]

Prints min, median and max over ``--runs`` runs of the time of one call, in
microseconds (each run averages ``--calls`` calls):

* ``pagecache.get_or_render`` of a 100 KB page, with the shared cache on files
  and on Redis (Django's backend as it is, and ``config.cache``'s, which keeps its
  client): this worker holds the current copy (one get of the page's
  generation), only the shared cache holds it (two gets), and for reference the
  plain dict lookup that was all a level-1 hit cost before (no check at all);
* the official data's version stamp: ``OfficialDataVersion.current()`` (one
  query, on a fresh SQLite file or, with ``--database-url``, PostgreSQL) beside
  one get of a small key from each shared cache.

The Redis database given is flushed first (use a spare one: 15 by default); the
PostgreSQL database is created if missing and migrated.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlparse, urlunparse

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def per_call(function, *, calls: int, runs: int) -> tuple[float, float, float]:
    """Min, median and max over ``runs`` of the mean time of one call, in microseconds."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        for _ in range(calls):
            function()
        times.append((time.perf_counter() - start) / calls * 1e6)
    return min(times), statistics.median(times), max(times)


def show(label: str, figures: tuple[float, float, float]) -> None:
    low, mid, high = figures
    print(f"  {label:<50} {low:8.1f} {mid:8.1f} {high:8.1f}")


def ensure_postgres(url: str) -> None:
    import psycopg

    parts = urlparse(url)
    name = parts.path.lstrip("/")
    admin = urlunparse(parts._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/15")
    parser.add_argument("--database-url", default="")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--calls", type=int, default=2000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if args.database_url:
            ensure_postgres(args.database_url)
        os.environ["DATABASE_URL"] = args.database_url or f"sqlite:///{tmp}/bench.sqlite3"
        database = "PostgreSQL" if args.database_url else "SQLite"
        os.environ["CONN_MAX_AGE"] = "600"
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
        os.environ.setdefault("SECRET_KEY", "benchmark-only-key-not-secret")
        os.environ.setdefault("HTTPS", "0")
        import django
        from django.conf import settings

        django.setup()
        from django.core.cache import caches
        from django.core.management import call_command
        from django.test.utils import override_settings

        from factcheck import pagecache
        from results.models import OfficialDataVersion

        shared = {
            "files": {
                "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
                "LOCATION": f"{tmp}/pages",
                "OPTIONS": {"MAX_ENTRIES": 20000},
            },
            "Redis, Django's backend": {
                "BACKEND": "django.core.cache.backends.redis.RedisCache",
                "LOCATION": args.redis_url,
            },
            "Redis, config.cache": {
                "BACKEND": "config.cache.RedisCache",
                "LOCATION": args.redis_url,
            },
        }
        try:
            import hiredis  # noqa: F401

            parser_name = "hiredis"
        except ImportError:
            parser_name = "redis-py's own parser"
        print(f"Redis {args.redis_url} ({parser_name}); times in µs: min median max")
        body = os.urandom(50_000).hex().encode()  # 100 KB, as a large seat's page
        entry = {"body": body, "etag": '"0123456789abcdef0123"', "last_modified": 1.7e9}
        key = pagecache.contest_page_key("ge2024", "islington-north")
        print("Page cache, one call of get_or_render (100 KB page):")
        local = {key: entry}
        show("before: level-1 hit, no check (dict lookup)", per_call(
            lambda: local.get(key), calls=args.calls, runs=args.runs))  # fmt: skip
        stamp = {}
        for name, backend in shared.items():
            with override_settings(CACHES={**settings.CACHES, "pages": backend}):
                caches["pages"].clear()
                pagecache.clear_local()
                pagecache.get_or_render(key, lambda: entry)
                show(f"{name}: worker holds it", per_call(
                    lambda: pagecache.get_or_render(key, lambda: entry),
                    calls=args.calls, runs=args.runs))  # fmt: skip

                def level_two():
                    pagecache.clear_local()
                    return pagecache.get_or_render(key, lambda: entry)

                show(f"{name}: shared cache only", per_call(
                    level_two, calls=args.calls // 10, runs=args.runs))  # fmt: skip
                caches["pages"].set("tally:official-data-version", (12, None), None)
                stamp[name] = per_call(
                    lambda: caches["pages"].get("tally:official-data-version"),
                    calls=args.calls, runs=args.runs,
                )  # fmt: skip
                caches["pages"].clear()
        print("Official data version stamp, one read:")
        call_command("migrate", verbosity=0)
        OfficialDataVersion.bump()
        show(f"{database}: OfficialDataVersion.current() (one query)", per_call(
            OfficialDataVersion.current, calls=args.calls, runs=args.runs))  # fmt: skip
        for name, figures in stamp.items():
            show(f"{name}: get the stamp", figures)


if __name__ == "__main__":
    main()
