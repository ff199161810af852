"""Production settings: a secret key or no start, HTTPS by default, clients behind proxies.

The production environment here is the one README documents (Configuration,
"In production"); each check of it runs in a process of its own, started
without the test suite's key and plain-HTTP switch.
"""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.urls import reverse

from config.proxies import client_address, parse_trusted_proxies
from tests.factories import UserFactory

REPO = Path(__file__).resolve().parent.parent
# What the tests, make run or a developer's shell may have set.
LOCAL_ONLY = {
    "DEBUG", "HTTPS", "SECRET_KEY", "SECURE_SSL_REDIRECT", "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS", "SECURE_HSTS_PRELOAD", "SECURE_COOKIES",
    "TRUSTED_PROXIES", "ALLOWED_HOSTS", "CSRF_TRUSTED_ORIGINS", "DJANGO_SETTINGS_MODULE",
    "DJANGO_ALLOW_ASYNC_UNSAFE",  # set for the browser tests' live server
}  # fmt: skip


def environment(tmp_path, **values) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in LOCAL_ONLY}
    env["DATABASE_URL"] = f"sqlite:///{tmp_path}/deploy.sqlite3"  # never touched
    env["PAGE_CACHE_DIR"] = str(tmp_path / "pages")
    env["DJANGO_SETTINGS_MODULE"] = "config.settings"
    return env | values


def production(tmp_path) -> dict:
    """README's production environment: a key, the host, its origin, the proxy."""
    return environment(
        tmp_path,
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="tally.example.org",
        CSRF_TRUSTED_ORIGINS="https://tally.example.org",
        TRUSTED_PROXIES="127.0.0.1",
    )


def run(args, env) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, *args], cwd=REPO, env=env, capture_output=True, text=True, timeout=120
    )


def test_check_deploy_is_clean_with_the_documented_production_environment(tmp_path):
    done = run(["manage.py", "check", "--deploy", "--fail-level", "WARNING"], production(tmp_path))
    assert done.returncode == 0, done.stdout + done.stderr
    assert "System check identified no issues" in done.stdout
    assert "WARNING" not in done.stderr


def test_the_app_refuses_to_start_without_a_secret_key_when_debug_is_off(tmp_path):
    for server in ("config.wsgi", "config.asgi"):
        done = run(["-c", f"import {server}"], environment(tmp_path))
        assert done.returncode != 0
        assert "SECRET_KEY is not set, and DEBUG is off" in done.stderr
    done = run(["manage.py", "check", "--deploy", "--fail-level", "WARNING"], environment(tmp_path))
    assert done.returncode != 0
    assert "security.W009" in done.stdout + done.stderr


def test_offline_commands_run_without_a_key(tmp_path):
    """Imports and the scoring tools (`../shared/tools/dev-score` runs `manage.py
    extract_claims` with no key and DEBUG off) are not the served app."""
    article = tmp_path / "article.txt"
    article.write_text("Labour won 411 seats.", encoding="utf-8")
    done = run(["manage.py", "migrate", "-v", "0"], environment(tmp_path))
    assert done.returncode == 0, done.stderr
    done = run(["manage.py", "extract_claims", "--json", str(article)], environment(tmp_path))
    assert done.returncode == 0, done.stderr
    assert '"text": "411"' in done.stdout


def test_development_with_debug_on_needs_no_key(tmp_path):
    done = run(["manage.py", "check"], environment(tmp_path, DEBUG="1"))
    assert done.returncode == 0, done.stderr


RESPONSES = """
import django
django.setup()
from django.test import Client
http = Client(HTTP_HOST="tally.example.org")
redirect = http.get("/desk/")
print("redirect", redirect.status_code, redirect.headers.get("Location"))
secure = http.get("/accounts/login/", secure=True)
print("hsts", secure.headers.get("Strict-Transport-Security"))
print("csrf-cookie-secure", bool(secure.cookies["csrftoken"]["secure"]))
proxied = http.get("/accounts/login/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_PROTO="https")
print("behind-proxy", proxied.status_code)
spoofed = http.get("/accounts/login/", REMOTE_ADDR="198.51.100.7", HTTP_X_FORWARDED_PROTO="https")
print("spoofed-proto", spoofed.status_code)
from django.conf import settings
print("session-cookie-secure", settings.SESSION_COOKIE_SECURE)
"""


def answers(env) -> dict[str, str]:
    done = run(["-c", RESPONSES], env)
    assert done.returncode == 0, done.stderr
    return dict(line.split(" ", 1) for line in done.stdout.splitlines())


def test_production_redirects_to_https_sends_hsts_and_secure_cookies(tmp_path):
    seen = answers(production(tmp_path))
    assert seen["redirect"] == "301 https://tally.example.org/desk/"
    assert seen["hsts"] == "max-age=31536000; includeSubDomains; preload"
    assert seen["csrf-cookie-secure"] == "True"
    assert seen["session-cookie-secure"] == "True"
    # TLS ends at the trusted proxy, which says so; anyone else saying so is not believed.
    assert seen["behind-proxy"] == "200"
    assert seen["spoofed-proto"] == "301"


def test_https_off_serves_plain_http_as_make_run_does(tmp_path):
    seen = answers(production(tmp_path) | {"HTTPS": "0"})
    assert seen["redirect"] == "302 /accounts/login/?next=/desk/"
    assert seen["hsts"] == "None"
    assert seen["csrf-cookie-secure"] == "False"
    assert seen["session-cookie-secure"] == "False"


# The client's address behind trusted proxies


PROXY = "10.0.0.1"
TRUSTED = parse_trusted_proxies(f"{PROXY}, 192.168.0.0/16")


@pytest.mark.parametrize(
    ("peer", "forwarded_for", "client"),
    [
        (PROXY, "203.0.113.5", "203.0.113.5"),
        (PROXY, "", PROXY),
        (PROXY, "203.0.113.5, 192.168.4.4", "203.0.113.5"),  # two trusted hops
        (PROXY, "6.6.6.6, 203.0.113.5", "203.0.113.5"),  # the client's own header is not believed
        (PROXY, "not-an-address", PROXY),
        (PROXY, "203.0.113.5:51234", "203.0.113.5"),
        ("198.51.100.7", "203.0.113.5", "198.51.100.7"),  # untrusted peer: header ignored
        ("::ffff:10.0.0.1", "2001:db8::9", "2001:db8::9"),
    ],
)
def test_the_client_is_the_first_address_no_trusted_proxy_vouches_for(peer, forwarded_for, client):
    assert client_address(peer, forwarded_for, TRUSTED) == client


def test_a_bad_trusted_proxy_entry_is_named():
    from django.core.exceptions import ImproperlyConfigured

    with pytest.raises(ImproperlyConfigured, match="'proxy.internal' is not an IP address"):
        parse_trusted_proxies("10.0.0.1, proxy.internal")


def login(client, *, via, password, forwarded_for=""):
    return client.post(
        reverse("login"),
        {"username": "ed", "password": password},
        REMOTE_ADDR=via,
        HTTP_X_FORWARDED_FOR=forwarded_for,
    )


@pytest.fixture
def axes_behind_proxy(settings, db):
    settings.AXES_ENABLED = True
    settings.AXES_FAILURE_LIMIT = 5
    settings.TRUSTED_PROXIES = parse_trusted_proxies(PROXY)
    return UserFactory(username="ed", password="the-right-password")


def test_wrong_passwords_from_one_client_behind_the_proxy_do_not_lock_out_another(
    client, axes_behind_proxy
):
    from django.test import Client

    for _ in range(5):
        login(client, via=PROXY, forwarded_for="203.0.113.5", password="wrong")
    locked = login(Client(), via=PROXY, forwarded_for="203.0.113.5", password="the-right-password")
    assert locked.status_code == 429  # client A is locked out

    other = Client()
    response = login(other, via=PROXY, forwarded_for="203.0.113.6", password="the-right-password")
    assert response.status_code == 302
    assert response.headers["Location"] == "/desk/"
    assert "_auth_user_id" in other.session


def test_a_spoofed_forwarded_for_from_an_untrusted_client_is_ignored(client, axes_behind_proxy):
    from django.test import Client

    # Straight to the server, claiming to be client B: locked out as itself.
    for _ in range(5):
        login(client, via="198.51.100.7", forwarded_for="203.0.113.6", password="wrong")
    spoofer = login(Client(), via="198.51.100.7", forwarded_for="203.0.113.6",
                    password="the-right-password")  # fmt: skip
    assert spoofer.status_code == 429

    real_b = Client()
    response = login(real_b, via=PROXY, forwarded_for="203.0.113.6", password="the-right-password")
    assert response.status_code == 302
    assert "_auth_user_id" in real_b.session
