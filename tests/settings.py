"""The test suite's settings: the real ones, with a test-only key and plain HTTP.

Set in the environment before ``config.settings`` is read, so that processes
the tests start (``manage.py``, servers) inherit them. Tests of the production
settings start their own process with a production environment
(``tests/test_deploy.py``).
"""

import os

os.environ.setdefault("SECRET_KEY", "test-only-key-not-secret-" + "x" * 40)
os.environ.setdefault("HTTPS", "0")

from config.settings import *  # noqa: E402, F403
