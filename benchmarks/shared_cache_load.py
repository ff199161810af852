"""The published page's rate with its generation checked in the file cache or in Redis.

    .venv/bin/python benchmarks/shared_cache_load.py [--runs 3] [--seconds 10]
        [--redis-url redis://127.0.0.1:6379/15]

Needs Debian's wrk. Seeds a SQLite database as ``page_load.py`` does, then for
each shared cache (files; Redis, flushed first: use a spare database) starts
granian as ``make run`` does (2 processes, 4 threads, backpressure 512) and
loads, with 100 connections for ``--seconds``, the bare view returning the
page's bytes and the real page (/results/ge2024/islington-north/, every request
checking the page's generation in the shared cache). The caches take turns, run
after run; prints min, median and max requests per second of each, and the
page's share of the bare view.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from page_load import BARE, PAGE, REPO, free_port, prepare, wait_for, wrk  # noqa: E402


def granian(env: dict, port: int) -> subprocess.Popen:
    command = [
        str(Path(sys.executable).parent / "granian"), "--interface", "wsgi",
        "--host", "127.0.0.1", "--port", str(port), "--workers", "2",
        "--blocking-threads", "4", "--backpressure", "512", "--no-ws",
        "--log-level", "warning", "config.wsgi:application",
    ]  # fmt: skip
    return subprocess.Popen(command, env=env, cwd=REPO)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/15")
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: apt-get install wrk")
    import redis

    redis.Redis.from_url(args.redis_url).flushdb()
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        env = prepare(tmp)
        env.pop("REDIS_URL", None)
        caches = {"files": env, "Redis": {**env, "REDIS_URL": args.redis_url}}
        rates = {(cache, what): [] for cache in caches for what in ("bare", "page")}
        for _ in range(args.runs):
            for cache, cache_env in caches.items():
                port = free_port()
                app = granian(cache_env, port)
                try:
                    wait_for(f"http://127.0.0.1:{port}{PAGE}")
                    for what, path in (("bare", BARE), ("page", PAGE)):
                        result = wrk(f"http://127.0.0.1:{port}{path}", seconds=args.seconds,
                                     connections=100)  # fmt: skip
                        assert result["errors"] == 0, result
                        rates[cache, what].append(result["rps"])
                finally:
                    app.terminate()
                    app.wait(20)
        print(f"{PAGE}, granian 2 x 4 threads, 100 connections, {args.seconds} s, "
              f"{args.runs} runs; req/s min median max")  # fmt: skip
        for (cache, what), values in rates.items():
            print(f"  {cache:6} {what:5} {min(values):8.0f} {statistics.median(values):8.0f} "
                  f"{max(values):8.0f}")  # fmt: skip
        for cache in caches:
            shares = [
                p / b for p, b in zip(rates[cache, "page"], rates[cache, "bare"], strict=True)
            ]
            print(f"  {cache:6} page / bare view: "
                  + ", ".join(f"{s:.0%}" for s in shares))  # fmt: skip


if __name__ == "__main__":
    main()
