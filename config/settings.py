"""Tally settings: one module, driven by the environment.

SQLite is the embedded default; ``DATABASE_URL`` (e.g.
``postgres://postgres@127.0.0.1:5432/tally``) switches to PostgreSQL.
"""

import os
from pathlib import Path

import dj_database_url
from django.utils.csp import CSP

from config.proxies import parse_trusted_proxies

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


DEBUG = env_bool("DEBUG")
SECRET_KEY = os.environ.get("SECRET_KEY", "")
# Without a key, offline commands (imports, `extract_claims`, the scoring tools) still run
# on a dev-only key that Django's own `check --deploy` flags (security.W009, "insecure"
# prefix); serving refuses to start with it while DEBUG is off (config/wsgi.py, asgi.py).
SECRET_KEY_MISSING = not SECRET_KEY
if SECRET_KEY_MISSING:
    SECRET_KEY = "django-insecure-dev-only-key-never-served-with-debug-off-0123456789"
NO_KEY_MESSAGE = (
    "SECRET_KEY is not set, and DEBUG is off. In production set SECRET_KEY to a long "
    "random string kept out of the repository (e.g. python -c 'import secrets; "
    "print(secrets.token_urlsafe(50))'); for development set DEBUG=1. "
    "(`make run` and `make test` set their own.)"
)
ALLOWED_HOSTS = [
    h.strip()
    for h in os.environ.get("ALLOWED_HOSTS", "127.0.0.1,localhost").split(",")
    if h.strip()
]
CSRF_TRUSTED_ORIGINS = [
    o.strip() for o in os.environ.get("CSRF_TRUSTED_ORIGINS", "").split(",") if o.strip()
]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.humanize",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django_htmx",
    "simple_history",
    "axes",
    "results",
    "factcheck",
    # After factcheck: of two commands with one name the app listed first wins, and
    # factcheck's db_worker (a renewed lease, dead workers' tasks queued again, a busy
    # database waited out) replaces django-tasks-db's.
    "django_tasks_db",
    # The JSON API (factcheck/api.py): its Swagger page's static files.
    "ninja",
]

MIDDLEWARE = [
    # First: the client's address and scheme, from TRUSTED_PROXIES only.
    "config.proxies.TrustedProxyMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Requests too large to read get a page that says the limit (it reads a POST before
    # CSRF's check would; after messages, its page has the user and the messages).
    "factcheck.middleware.RequestLimitsMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes asks, so it sees the outcome of authentication.
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.csp",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "600")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets the web process read while the task worker writes; IMMEDIATE
    # takes the write lock up front instead of failing mid-transaction.
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        # seconds SQLite waits for a lock before "database is locked"
        "timeout": float(os.environ.get("SQLITE_TIMEOUT", "20")),
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "Europe/London"
USE_I18N = True
USE_TZ = True
USE_THOUSAND_SEPARATOR = False

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = []
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if env_bool("USE_COLLECTSTATIC")
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "/desk/"
LOGOUT_REDIRECT_URL = "/results/"

TASKS = {
    "default": {
        "BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
        "QUEUES": ["default"],
    }
}

# The shared cache: Redis when REDIS_URL is set (every host sees it; needed as soon as
# Tally runs on more than one machine), else files every process on this machine sees.
REDIS_URL = os.environ.get("REDIS_URL", "").strip()
if REDIS_URL:
    SHARED_CACHE = {
        # Django's Redis backend, keeping its client (config/cache.py says why).
        "BACKEND": "config.cache.RedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "tally"),
    }
else:
    SHARED_CACHE = {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": os.environ.get("PAGE_CACHE_DIR", str(BASE_DIR / ".cache" / "pages")),
        # Two keys a page version (the page and its generation) for 650 seats and more.
        "OPTIONS": {"MAX_ENTRIES": 20000},
    }

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "tally",
    },
    # Published pages and their generations, shared by every worker (on every host with
    # Redis) so that a publish is seen by all at once (factcheck/pagecache.py adds a
    # per-worker level in front).
    "pages": {**SHARED_CACHE, "TIMEOUT": 3600},
}

SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "frame-ancestors": [CSP.NONE],
    "form-action": [CSP.SELF],
}

# django-axes: lock a username+IP pair out after repeated failed logins.
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = 0.25  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
# The styled 429 page that says until when (templates/429.html), not axes' bare text.
AXES_LOCKOUT_CALLABLE = "factcheck.lockout.lockout_response"
# The real client behind the proxies in TRUSTED_PROXIES, never the proxy itself.
AXES_CLIENT_IP_CALLABLE = "config.proxies.client_ip"

# Reverse proxies whose X-Forwarded-For and X-Forwarded-Proto are believed
# (comma-separated addresses or networks); from anyone else they are ignored.
TRUSTED_PROXIES = parse_trusted_proxies(os.environ.get("TRUSTED_PROXIES", ""))

SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
# HTTPS: on by default in production (DEBUG off). HTTPS=0 turns every part off
# for a local plain-HTTP run (`make run` sets it); each part can also be set alone.
HTTPS = env_bool("HTTPS", default=not DEBUG)
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=HTTPS)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000" if HTTPS else "0"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", default=True)
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = env_bool("SECURE_COOKIES", default=HTTPS)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# Tally's own settings
TALLY_ORGANISATION = os.environ.get("TALLY_ORGANISATION", "Tally fact-check desk")


# The site's public address, without a trailing slash: canonical links and ClaimReview
# URLs are built on it, never on a request's Host header (a cached page is the same
# whoever filled the cache). Unset: the first name in ALLOWED_HOSTS, over https when
# HTTPS is on, else http on PORT (`make run`: http://127.0.0.1:8000).
def _default_site_url() -> str:
    host = next((h for h in ALLOWED_HOSTS if h and not h.startswith(".") and h != "*"), "")
    if not host:
        host = "127.0.0.1"
    if HTTPS:
        return f"https://{host}"
    return f"http://{host}:{os.environ.get('PORT', '8000')}"


TALLY_SITE_URL = (os.environ.get("TALLY_SITE_URL") or _default_site_url()).rstrip("/")
CSRF_FAILURE_VIEW = "factcheck.views.csrf_failure"

# Coverage that comes in by itself (issue 17): article URLs, feeds, the API.
# Fetching pages: seconds to connect and between bytes, seconds for a whole download, the
# largest page read (bytes), the User-Agent sent, and whether private and loopback
# addresses may be fetched (off: only public addresses; the tests' local server needs it).
FETCH_TIMEOUT = float(os.environ.get("FETCH_TIMEOUT", "10"))
FETCH_TOTAL_TIMEOUT = float(os.environ.get("FETCH_TOTAL_TIMEOUT", "30"))
FETCH_MAX_BYTES = int(os.environ.get("FETCH_MAX_BYTES", str(5_000_000)))
FETCH_USER_AGENT = os.environ.get(
    "FETCH_USER_AGENT", f"Tally/1.0 (election fact-checking desk; +{TALLY_SITE_URL})"
)
FETCH_ALLOW_PRIVATE = env_bool("FETCH_ALLOW_PRIVATE")
# Feeds: a new feed's seconds between polls, and the most items read from one poll.
FEED_POLL_INTERVAL = int(os.environ.get("FEED_POLL_INTERVAL", "300"))
FEED_MAX_ITEMS = int(os.environ.get("FEED_MAX_ITEMS", "1000"))
# The API's rate limits (django-ninja's throttling, "number/s|m|h|d"): per token, and per
# address for requests without one. Counted in the shared cache ("pages": Redis when
# REDIS_URL is set), so every worker process and host counts together.
API_RATE_LIMIT = os.environ.get("API_RATE_LIMIT", "120/m")
API_ANON_RATE_LIMIT = os.environ.get("API_ANON_RATE_LIMIT", "60/m")
API_RATE_CACHE = "pages"
# REMOTE_ADDR is already the client (config.proxies); ninja must not read X-Forwarded-For.
NINJA_NUM_PROXIES = 0
