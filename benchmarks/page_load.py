"""Load the published Islington North page with 100 connections, beside two references.

    .venv/bin/python benchmarks/page_load.py [--server gunicorn|granian|both] [--seconds 10]
        [--rounds 30] [--no-wrk]

Needs Debian's wrk and nginx (apt-get install wrk nginx-light). Everything
runs on 127.0.0.1 and stops by itself. In one run it measures:

1. nginx serving the page's HTML as a static file (the ceiling);
2. a bare Django view returning the same bytes, under the application server
   and with the same middleware (the floor of Django's own cost);
3. the real page, /results/ge2024/islington-north/ (cached, with validators).

and prints requests per second, errors, and the page's share of the bare
view's rate (the target is at least 70%).

wrk sends no cookie, so it measures anonymous visitors served from the page cache
only. Before it, the page's own cost is measured in one process through Django's test
client (the whole stack but the network), ``--rounds`` rounds, each request once a round
(interleaved), min, median and max of each:

4. the bare view (the reference);
5. the page from the cache (anonymous);
6. the page rendered: its cache entry cleared before each request (``pagecache.clear``,
   as a publish does);
7. the page for a logged-in visitor (never cached: rendered every time);
8. the desk queue (``/desk/``) for a logged-in editor, on the same seeded database.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import textwrap
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PAGE = "/results/ge2024/islington-north/"
BARE = "/bench-bare/"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for(url: str, timeout: float = 30) -> None:
    deadline = time.time() + timeout
    last = None
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError as exc:
            last = exc
            time.sleep(0.2)
    print(f"last error: {last!r}", file=sys.stderr)
    raise RuntimeError(f"{url} did not come up")


def wrk(url: str, *, seconds: int, connections: int) -> dict:
    out = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", url],
        capture_output=True, text=True, check=True, timeout=seconds + 60,
    ).stdout  # fmt: skip
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    non_2xx = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    socket_errors = re.search(r"Socket errors: (.*)", out)
    errors = int(non_2xx.group(1)) if non_2xx else 0
    if socket_errors:
        errors += sum(int(n) for n in re.findall(r"\d+", socket_errors.group(1)))
    p50 = re.search(r"50%\s+([\d.]+\w+)", out)
    return {"rps": rps, "errors": errors, "p50": p50.group(1) if p50 else "?"}


def prepare(tmp: Path) -> dict:
    """A seeded, published database and the page's HTML, plus the bench-only modules."""
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{tmp}/bench.sqlite3",
        "PAGE_CACHE_DIR": str(tmp / "page-cache"),
        "DJANGO_SETTINGS_MODULE": "bench_settings",
        "PYTHONPATH": f"{tmp}{os.pathsep}{REPO}",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "CONN_MAX_AGE": "600",
        # A local, plain-HTTP run of the production settings (see README, Configuration).
        "SECRET_KEY": os.environ.get("SECRET_KEY", "benchmark-only-key-not-secret"),
        "HTTPS": os.environ.get("HTTPS", "0"),
    }
    (tmp / "bench_settings.py").write_text(
        "from config.settings import *  # noqa: F403\nROOT_URLCONF = 'bench_urls'\n"
    )
    (tmp / "bench_urls.py").write_text(
        textwrap.dedent(
            f"""
            from pathlib import Path

            from django.http import HttpResponse
            from django.urls import path

            from config.urls import urlpatterns as site

            PAGE_FILE = Path({str(tmp / "static" / "page.html")!r})
            BODY = []


            def bare(request):
                if not BODY:
                    BODY.append(PAGE_FILE.read_bytes())
                return HttpResponse(BODY[0])


            urlpatterns = [path({BARE.strip("/") + "/"!r}, bare), *site]
            """
        )
    )
    python = sys.executable
    for command in (
        ["migrate", "-v0"],
        ["load_seeds"],
        ["create_demo_users"],
        ["demo_review"],
        ["collectstatic", "--no-input", "-v0"],
    ):
        subprocess.run([python, str(REPO / "manage.py"), *command], env=env, check=True,
                       capture_output=True)  # fmt: skip
    render = (
        "from django.test import Client; import sys; "
        f"sys.stdout.buffer.write(Client().get({PAGE!r}, HTTP_HOST='127.0.0.1').content)"
    )
    html = subprocess.run(
        [python, "-c", "import django; django.setup(); " + render],
        env=env, check=True, capture_output=True,
    ).stdout  # fmt: skip
    (tmp / "static").mkdir()
    (tmp / "static" / "page.html").write_bytes(html)
    return env


RENDER_TIMES = """
import statistics, sys, time
import django
django.setup()
from django.contrib.auth import get_user_model
from django.test import Client
from factcheck import pagecache

page, bare, rounds = sys.argv[1], sys.argv[2], int(sys.argv[3])
anonymous = Client(HTTP_HOST="127.0.0.1")
editor = Client(HTTP_HOST="127.0.0.1")
editor.force_login(get_user_model().objects.get(username="editor"))
key = pagecache.contest_page_key(*page.strip("/").split("/")[1:3])


def uncached():
    pagecache.clear(key)
    return anonymous.get(page)


requests = {
    "bare view (reference)": lambda: anonymous.get(bare),
    "page, cached (anonymous)": lambda: anonymous.get(page),
    "page, rendered (cache cleared)": uncached,
    "page, logged in (rendered)": lambda: editor.get(page),
    "desk queue, logged-in editor": lambda: editor.get("/desk/"),
}
times = {name: [] for name in requests}
for name, get in requests.items():  # warm: imports, templates, connections
    assert get().status_code == 200, name
for _ in range(rounds):
    for name, get in requests.items():
        start = time.perf_counter()
        response = get()
        times[name].append(time.perf_counter() - start)
        assert response.status_code == 200, (name, response.status_code)
print(f"server time, Django test client, {rounds} rounds interleaved: ms min / median / max")
for name, runs in times.items():
    print(f"  {name:32} {min(runs) * 1000:7.1f} {statistics.median(runs) * 1000:7.1f}"
          f" {max(runs) * 1000:7.1f}")
"""


def render_times(env: dict, rounds: int) -> None:
    """The page's own cost, cached, rendered and logged in, and the desk (``RENDER_TIMES``)."""
    env = {**env, "ALLOWED_HOSTS": "127.0.0.1,localhost,testserver"}
    subprocess.run([sys.executable, "-c", RENDER_TIMES, PAGE, BARE, str(rounds)], env=env,
                   cwd=REPO, check=True)  # fmt: skip


def start_nginx(tmp: Path, port: int) -> subprocess.Popen:
    conf = tmp / "nginx.conf"
    conf.write_text(
        textwrap.dedent(
            f"""
            worker_processes auto;
            pid {tmp}/nginx.pid;
            error_log {tmp}/nginx-error.log;
            events {{ worker_connections 1024; }}
            http {{
                access_log off;
                default_type text/html;
                client_body_temp_path {tmp}/nginx-body;
                proxy_temp_path {tmp}/nginx-proxy;
                fastcgi_temp_path {tmp}/nginx-fastcgi;
                uwsgi_temp_path {tmp}/nginx-uwsgi;
                scgi_temp_path {tmp}/nginx-scgi;
                server {{
                    listen 127.0.0.1:{port};
                    root {tmp}/static;
                    location / {{ try_files /page.html =404; }}
                }}
            }}
            """
        )
    )
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    return subprocess.Popen([nginx, "-c", str(conf), "-p", str(tmp), "-g", "daemon off;"])


def start_app(server: str, env: dict, port: int, workers: int, threads: int) -> subprocess.Popen:
    bin_dir = Path(sys.executable).parent
    if server == "gunicorn":
        command = [
            str(bin_dir / "gunicorn"), "config.wsgi", "--bind", f"127.0.0.1:{port}",
            "--workers", str(workers), "--log-level", "warning",
        ]  # fmt: skip
    else:
        command = [
            str(bin_dir / "granian"), "--interface", "wsgi", "--host", "127.0.0.1",
            "--port", str(port), "--workers", str(workers), "--log-level", "warning",
            "--blocking-threads", str(threads), "--backpressure", str(threads),
            "--no-ws", "config.wsgi:application",
        ]  # fmt: skip
    return subprocess.Popen(command, env=env, cwd=REPO)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--server", choices=["gunicorn", "granian", "both"], default="both")
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=100)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 2)
    parser.add_argument(
        "--threads", type=int, default=4, help="granian's blocking threads per worker"
    )
    parser.add_argument("--rounds", type=int, default=30, help="rounds of the server times")
    parser.add_argument(
        "--no-wrk", action="store_true", help="only the server times (no wrk, no nginx)"
    )
    args = parser.parse_args()
    if args.no_wrk:
        with tempfile.TemporaryDirectory() as name:
            render_times(prepare(Path(name)), args.rounds)
        return
    for tool in ("wrk", "nginx"):
        if not (shutil.which(tool) or Path(f"/usr/sbin/{tool}").exists()):
            sys.exit(f"{tool} is missing: apt-get install wrk nginx-light")
    servers = ["gunicorn", "granian"] if args.server == "both" else [args.server]
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        tmp.chmod(0o755)  # nginx's workers run as an unprivileged user
        env = prepare(tmp)
        render_times(env, args.rounds)
        nginx_port = free_port()
        nginx = start_nginx(tmp, nginx_port)
        try:
            wait_for(f"http://127.0.0.1:{nginx_port}/")
            ceiling = wrk(f"http://127.0.0.1:{nginx_port}/", seconds=args.seconds,
                          connections=args.connections)  # fmt: skip
        finally:
            nginx.terminate()
            nginx.wait(10)
        size = (tmp / "static" / "page.html").stat().st_size
        print(f"page: {PAGE} ({size:,} bytes), {args.connections} connections, "
              f"{args.seconds} s each, {args.workers} app workers")  # fmt: skip
        print(f"  nginx static file      {ceiling['rps']:9.0f} req/s  errors {ceiling['errors']}"
              f"  p50 {ceiling['p50']}")  # fmt: skip
        for server in servers:
            port = free_port()
            app = start_app(server, env, port, args.workers, args.threads)
            try:
                wait_for(f"http://127.0.0.1:{port}{PAGE}")
                bare = wrk(f"http://127.0.0.1:{port}{BARE}", seconds=args.seconds,
                           connections=args.connections)  # fmt: skip
                page = wrk(f"http://127.0.0.1:{port}{PAGE}", seconds=args.seconds,
                           connections=args.connections)  # fmt: skip
            finally:
                app.terminate()
                app.wait(20)
            share = page["rps"] / bare["rps"] if bare["rps"] else 0
            of_nginx = bare["rps"] / ceiling["rps"]
            print(f"  {server:9} bare view    {bare['rps']:9.0f} req/s  errors {bare['errors']}"
                  f"  p50 {bare['p50']}  ({of_nginx:.0%} of nginx)")  # fmt: skip
            print(f"  {server:9} Tally page   {page['rps']:9.0f} req/s  errors {page['errors']}"
                  f"  p50 {page['p50']}  ({share:.0%} of the bare view; target 70%)")  # fmt: skip


if __name__ == "__main__":
    main()
