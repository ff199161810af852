"""Does the server keep answering with many idle keep-alive connections open?

    .venv/bin/python benchmarks/idle_connections.py [--idle 200] [--connections 100]
        [--seconds 10] [--config NAME ...]

Needs Debian's wrk (apt-get install wrk). Everything runs on 127.0.0.1 and
stops by itself. A throwaway SQLite database gets the seeds as `make run`
loads them (official figures, the five articles, the demo review and its
published page). Then, for each server configuration:

1. the server is started (``make-run`` is the granian command line read from
   the Makefile, so the figures follow what `make run` serves);
2. ``--idle`` browser-like connections each load the published page once and
   then stay open, idle, with keep-alive (how many got their page is printed);
3. wrk drives ``--connections`` active keep-alive connections at the same page
   for ``--seconds``, while a probe opens a new connection every 0.1 s and
   loads the page, as a new visitor would (at most 20 s each);
4. each idle connection then asks for the page again (a browser reuses it).

Printed per configuration: wrk's requests per second, errors (socket errors,
timeouts and non-2xx) and maximum latency; the new visitors' count, failures,
median and maximum latency; and how the idle connections fared. What must
hold: no errors and no failed new visitor, with the idle connections open.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import shlex
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PAGE = "/results/ge2024/islington-north/"
VISITOR_TIMEOUT = 20.0


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def make_run_granian() -> list[str]:
    """The granian options `make run` uses, read from the Makefile (host and port left out)."""
    text = (REPO / "Makefile").read_text().replace("\\\n", " ")
    match = re.search(r"\$\(VENV\)/bin/granian (.*?) config\.wsgi:application", text)
    if not match:
        sys.exit("Could not find the granian command line in the Makefile.")
    words = shlex.split(match.group(1))
    options, skip = [], False
    for word in words:
        if skip:
            skip = False
        elif word in {"--host", "--port"}:
            skip = True
        else:
            options.append(word)
    return options


def configurations() -> dict[str, list[str]]:
    """Server command lines (without the bind address) by name."""
    bin_dir = Path(sys.executable).parent
    granian = [str(bin_dir / "granian"), "--interface", "wsgi", "--no-ws", "--log-level", "error"]
    gunicorn = [str(bin_dir / "gunicorn"), "--log-level", "warning", "--workers", "2"]
    return {
        "make-run": [str(bin_dir / "granian"), *make_run_granian()],
        "granian-bp4": [*granian, "--workers", "2", "--blocking-threads", "4",
                        "--backpressure", "4"],
        "granian-bp64": [*granian, "--workers", "2", "--blocking-threads", "4",
                         "--backpressure", "64"],
        "granian-bp512": [*granian, "--workers", "2", "--blocking-threads", "4",
                          "--backpressure", "512"],
        "granian-bp512-bt8": [*granian, "--workers", "2", "--blocking-threads", "8",
                              "--backpressure", "512"],
        "gunicorn-gthread": [*gunicorn, "--worker-class", "gthread", "--threads", "4"],
    }  # fmt: skip


def bind_args(command: list[str], port: int) -> list[str]:
    if "gunicorn" in Path(command[0]).name:
        return [*command, "--bind", f"127.0.0.1:{port}", "config.wsgi"]
    return [*command, "--host", "127.0.0.1", "--port", str(port), "config.wsgi:application"]


def prepare(tmp: Path) -> dict:
    """Environment of a seeded, demo-reviewed, published throwaway SQLite database."""
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{tmp}/bench.sqlite3",
        "PAGE_CACHE_DIR": str(tmp / "page-cache"),
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        # A local, plain-HTTP run of the production settings, as `make run` does.
        "SECRET_KEY": os.environ.get("SECRET_KEY", "benchmark-only-key-not-secret"),
        "HTTPS": os.environ.get("HTTPS", "0"),
    }
    for command in (
        ["migrate", "--no-input", "-v0"],
        ["load_seeds"],
        ["create_demo_users"],
        ["demo_review"],
        ["collectstatic", "--no-input", "-v0"],
    ):
        subprocess.run([sys.executable, str(REPO / "manage.py"), *command], env=env, check=True,
                       capture_output=True, cwd=REPO)  # fmt: skip
    return env


def wait_for(url: str, timeout: float = 60) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"{url} did not come up")


REQUEST = (f"GET {PAGE} HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: idle-bench\r\n"
           "Accept: text/html\r\nConnection: keep-alive\r\n\r\n").encode()  # fmt: skip


async def fetch(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> int:
    """Send one GET on an open connection and read the whole response; its status."""
    writer.write(REQUEST)
    await writer.drain()
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    length = re.search(rb"(?im)^content-length:\s*(\d+)", head)
    if length:
        await reader.readexactly(int(length.group(1)))
    elif re.search(rb"(?im)^transfer-encoding:\s*chunked", head):
        while True:
            size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
            await reader.readexactly(size + 2)
            if size == 0:
                break
    return status


async def open_idle(port: int, count: int, timeout: float) -> tuple[list, int]:
    """``count`` connections that each loaded the page once; (open connections, pages got)."""

    async def one():
        try:
            reader, writer = await asyncio.wait_for(
                asyncio.open_connection("127.0.0.1", port), timeout
            )
        except (OSError, TimeoutError):
            return None, False
        try:
            ok = await asyncio.wait_for(fetch(reader, writer), timeout) == 200
        except (OSError, TimeoutError, asyncio.IncompleteReadError, ValueError):
            ok = False
        return (reader, writer), ok

    results = await asyncio.gather(*(one() for _ in range(count)))
    return [conn for conn, _ in results if conn], sum(ok for _, ok in results)


async def visitor(port: int) -> float | None:
    """A new visitor: a new connection and one page; seconds taken, or None on failure."""
    start = time.perf_counter()
    try:
        reader, writer = await asyncio.wait_for(
            asyncio.open_connection("127.0.0.1", port), VISITOR_TIMEOUT
        )
        try:
            status = await asyncio.wait_for(
                fetch(reader, writer), VISITOR_TIMEOUT - (time.perf_counter() - start)
            )
        finally:
            writer.close()
    except (OSError, TimeoutError, asyncio.IncompleteReadError, ValueError):
        return None
    return time.perf_counter() - start if status == 200 else None


async def run_wrk(port: int, seconds: int, connections: int) -> dict:
    proc = await asyncio.create_subprocess_exec(
        "wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--timeout", "5s", "--latency",
        f"http://127.0.0.1:{port}{PAGE}",
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    out = (await proc.communicate())[0].decode()
    rps = re.search(r"Requests/sec:\s+([\d.]+)", out)
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    socket_errors = re.search(r"Socket errors: (.*)", out)
    errors = int(non_2xx.group(1)) if non_2xx else 0
    if socket_errors:
        errors += sum(int(n) for n in re.findall(r"\d+", socket_errors.group(1)))
    latency = re.search(r"Latency\s+\S+\s+\S+\s+(\S+)", out)
    return {
        "rps": float(rps.group(1)) if rps else 0.0,
        "errors": errors,
        "max": latency.group(1) if latency else "?",
        "requests": int(m.group(1)) if (m := re.search(r"(\d+) requests in", out)) else 0,
    }


async def open_silent(port: int, count: int) -> list:
    """``count`` connections that never send a byte (as a browser's preconnect)."""
    results = await asyncio.gather(
        *(asyncio.open_connection("127.0.0.1", port) for _ in range(count)),
        return_exceptions=True,
    )
    conns = [r for r in results if not isinstance(r, BaseException)]
    if len(conns) < count:
        print(f"  (only {len(conns)} of {count} silent connections could be opened)")
    return conns


async def measure(port: int, args) -> dict:
    silent = await open_silent(port, args.silent)
    idle, idle_ok = await open_idle(port, args.idle, VISITOR_TIMEOUT)
    visitors: list[asyncio.Task] = []
    wrk_task = asyncio.create_task(run_wrk(port, args.seconds, args.connections))
    await asyncio.sleep(0.5)  # let wrk open its connections
    while not wrk_task.done():
        visitors.append(asyncio.create_task(visitor(port)))
        await asyncio.sleep(0.1)
    load = await wrk_task
    times = await asyncio.gather(*visitors)
    served = [t for t in times if t is not None]

    async def reuse(conn) -> str:
        """ "answered", "closed" (the server closed it; a browser opens another) or "hung"."""
        reader, writer = conn
        try:
            ok = await asyncio.wait_for(fetch(reader, writer), VISITOR_TIMEOUT) == 200
            return "answered" if ok else "hung"
        except TimeoutError:
            return "hung"
        except asyncio.IncompleteReadError as exc:
            return "closed" if not exc.partial else "hung"
        except (OSError, ValueError):
            return "closed"

    reused = await asyncio.gather(*(reuse(c) for c in idle))
    for _, writer in [*idle, *silent]:
        writer.close()
    return {
        "idle_open": len(idle),
        "idle_ok": idle_ok,
        "idle_reused": reused.count("answered"),
        "idle_closed": reused.count("closed"),
        "idle_hung": reused.count("hung"),
        "wrk": load,
        "visitors": len(times),
        "visitor_failures": len(times) - len(served),
        "visitor_p50": statistics.median(served) if served else None,
        "visitor_max": max(served) if served else None,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--idle", type=int, default=200)
    parser.add_argument("--connections", type=int, default=100)
    parser.add_argument(
        "--silent", type=int, default=0,
        help="also hold this many connections that never send a request (preconnects)",
    )  # fmt: skip
    parser.add_argument("--seconds", type=int, default=10)
    names = list(configurations())
    parser.add_argument("--config", nargs="+", choices=names, default=["make-run"])
    args = parser.parse_args()
    if not shutil.which("wrk"):
        sys.exit("wrk is missing: apt-get install wrk")
    with tempfile.TemporaryDirectory() as name:
        env = prepare(Path(name))
        silent = f" and {args.silent} silent" if args.silent else ""
        print(f"page {PAGE}; {args.idle} idle keep-alive{silent} connections, then wrk with "
              f"{args.connections} connections for {args.seconds} s and a new visitor "
              f"every 0.1 s")  # fmt: skip
        for config in args.config:
            command = configurations()[config]
            port = free_port()
            server = subprocess.Popen(bind_args(command, port), env=env, cwd=REPO,
                                      stdout=subprocess.DEVNULL)  # fmt: skip
            try:
                wait_for(f"http://127.0.0.1:{port}{PAGE}")
                result = asyncio.run(measure(port, args))
            finally:
                server.terminate()
                try:
                    server.wait(15)
                except subprocess.TimeoutExpired:
                    server.kill()
                    server.wait()
            load = result["wrk"]
            p50, top = result["visitor_p50"], result["visitor_max"]
            print(f"\n{config}: {' '.join(command[1:])}")
            holds = (
                result["idle_ok"] == args.idle
                and result["idle_hung"] == 0
                and load["requests"] > 0
                and load["errors"] == 0
                and result["visitor_failures"] == 0
            )
            print(f"  idle: {result['idle_ok']}/{args.idle} got the page; afterwards "
                  f"{result['idle_reused']} answered again, {result['idle_closed']} had been "
                  f"closed by the server, {result['idle_hung']} hung")  # fmt: skip
            print(f"  wrk:  {load['rps']:.0f} req/s, {load['requests']} requests, "
                  f"errors {load['errors']}, max latency {load['max']}")  # fmt: skip
            print(f"  new visitors: {result['visitors']}, failed {result['visitor_failures']}, "
                  f"median {p50 * 1000 if p50 else float('nan'):.0f} ms, "
                  f"max {top * 1000 if top else float('nan'):.0f} ms")  # fmt: skip
            print(f"  {'holds' if holds else 'FAILS'}")


if __name__ == "__main__":
    main()
