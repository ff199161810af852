import os

from django.conf import settings
from django.core.asgi import get_asgi_application
from django.core.exceptions import ImproperlyConfigured

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
if not settings.DEBUG and getattr(settings, "SECRET_KEY_MISSING", False):
    raise ImproperlyConfigured(settings.NO_KEY_MESSAGE)  # never serve on the dev-only key
application = get_asgi_application()
