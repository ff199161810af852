import os

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
if not settings.DEBUG and getattr(settings, "SECRET_KEY_MISSING", False):
    raise ImproperlyConfigured(settings.NO_KEY_MESSAGE)  # never serve on the dev-only key
application = get_wsgi_application()
