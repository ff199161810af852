"""Tally as a newsroom group runs it: several application servers and task workers
on one PostgreSQL database and one Redis, here on one machine.

    REDIS_URL=redis://127.0.0.1:6379/0 DATABASE_URL=postgres://postgres@127.0.0.1:5432/tally \\
    SECRET_KEY=… .venv/bin/python config/multihost.py --servers 2 --workers 2 --port 8001

The same processes config/compose.yaml starts in containers, as plain
commands: ``manage.py migrate`` and ``collectstatic`` once, then ``--servers`` granian servers (on
``--port``, ``--port`` + 1, …, each with ``--processes`` processes of
``--threads`` threads, granian's options as ``make run`` sets them) and
``--workers`` task workers (``manage.py db_worker``), each started again 2 s
after it exits. On a real deployment each of these runs on its own host, under
the host's supervisor, with the same environment. Prints one line when every
server answers; Ctrl-C (or SIGTERM) asks every process to stop (workers after
their current task), and kills any still running after 10 s.

Refuses to start more than one server without ``REDIS_URL`` unless
``--allow-file-cache`` is given (the file cache is shared on one machine only).
"""

from __future__ import annotations

import argparse
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def granian(port: int, *, host: str, processes: int, threads: int) -> list[str]:
    """The command of one application server: granian as ``make run`` starts it."""
    return [
        str(BIN / "granian"), "--interface", "wsgi", "--host", host, "--port", str(port),
        "--workers", str(processes), "--blocking-threads", str(threads),
        "--backpressure", "512", "--respawn-failed-workers", "--workers-kill-timeout", "5",
        "--no-ws", "--log-level", "warning", "config.wsgi:application",
    ]  # fmt: skip


def worker() -> list[str]:
    """The command of one task worker."""
    return [sys.executable, str(REPO / "manage.py"), "db_worker", "--no-reload"]


def answers(host: str, port: int) -> bool:
    """Whether something accepts a TCP connection at ``host``:``port`` (0.5 s timeout)."""
    try:
        with socket.create_connection((host, port), timeout=0.5):
            return True
    except OSError:
        return False


class Supervisor:
    """Starts the processes, starts again any that exits, and stops them all."""

    def __init__(self, commands: dict[str, list[str]], *, stop_signals: dict[str, int]):
        self.commands = commands
        self.stop_signals = stop_signals
        self.running: dict[str, subprocess.Popen] = {}
        self.exited_at: dict[str, float] = {}
        self.stopping = False

    def start(self, name: str) -> None:
        """Start the process called ``name`` (a key of ``commands``)."""
        # A session of its own: Ctrl-C reaches this process alone, which then asks each
        # child once (a second signal would make a worker drop its current task).
        self.running[name] = subprocess.Popen(self.commands[name], cwd=REPO,
                                              start_new_session=True)  # fmt: skip

    def start_all(self) -> None:
        """Start every process."""
        for name in self.commands:
            self.start(name)

    def watch(self) -> None:
        """Start again, after 2 s, whatever exited; return when asked to stop."""
        while not self.stopping:
            now = time.monotonic()
            for name, process in list(self.running.items()):
                if process.poll() is None:
                    continue
                first_seen = self.exited_at.setdefault(name, now)
                if now - first_seen >= 2:
                    print(f"multihost: {name} exited (status {process.returncode}); "
                          "started it again", file=sys.stderr, flush=True)  # fmt: skip
                    del self.exited_at[name]
                    self.start(name)
            time.sleep(0.2)

    def stop(self, timeout: float = 10) -> None:
        """Ask each process once to stop; kill those still running after ``timeout`` s."""
        self.stopping = True
        for name, process in self.running.items():
            if process.poll() is None:
                process.send_signal(self.stop_signals.get(name, signal.SIGTERM))
        deadline = time.monotonic() + timeout
        for process in self.running.values():
            try:
                process.wait(timeout=max(deadline - time.monotonic(), 0.1))
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def main(argv: list[str] | None = None) -> int:
    """Run the set-up until asked to stop; the exit status (1 if the servers never answered)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--servers", type=int, default=2)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8001, help="the first server's port")
    parser.add_argument("--processes", type=int, default=1, help="granian processes per server")
    parser.add_argument("--threads", type=int, default=4, help="threads per granian process")
    parser.add_argument("--no-setup", action="store_true",
                        help="skip manage.py migrate and collectstatic")  # fmt: skip
    parser.add_argument("--allow-file-cache", action="store_true")
    args = parser.parse_args(argv)
    if args.servers > 1 and not os.environ.get("REDIS_URL") and not args.allow_file_cache:
        parser.error(
            "REDIS_URL is not set: servers on more than one host need Redis as the shared cache "
            "(e.g. REDIS_URL=redis://127.0.0.1:6379/0); --allow-file-cache runs them all on "
            "this machine's file cache"
        )
    if not args.no_setup:
        for command in (["migrate", "--no-input", "-v", "0"], ["collectstatic", "--no-input",
                                                              "-v", "0"]):  # fmt: skip
            done = subprocess.run([sys.executable, str(REPO / "manage.py"), *command], cwd=REPO)
            if done.returncode:
                return done.returncode
    ports = [args.port + n for n in range(args.servers)]
    commands = {
        f"server {port}": granian(
            port, host=args.host, processes=args.processes, threads=args.threads
        )  # fmt: skip
        for port in ports
    }
    commands |= {f"worker {n + 1}": worker() for n in range(args.workers)}
    # granian stops gracefully on SIGINT; db_worker finishes its task on SIGTERM.
    supervisor = Supervisor(
        commands, stop_signals={f"server {port}": signal.SIGINT for port in ports}
    )

    def asked_to_stop(signum, frame):
        supervisor.stopping = True

    signal.signal(signal.SIGINT, asked_to_stop)
    signal.signal(signal.SIGTERM, asked_to_stop)
    supervisor.start_all()
    try:
        deadline = time.monotonic() + 60
        while not all(answers(args.host, port) for port in ports):
            if supervisor.stopping or time.monotonic() > deadline:
                print("multihost: the servers did not start", file=sys.stderr, flush=True)
                return 1
            time.sleep(0.1)
        urls = ", ".join(f"http://{args.host}:{port}/" for port in ports)
        print(f"multihost: ready: {args.servers} servers ({urls}) and {args.workers} workers",
              flush=True)  # fmt: skip
        supervisor.watch()
    finally:
        supervisor.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
