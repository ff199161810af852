"""Views: the editors' desk (``desk``) and the published pages (``public``).

``settings.CSRF_FAILURE_VIEW`` names ``factcheck.views.csrf_failure``: it is
the desk's, re-exported here.
"""

from .desk import csrf_failure

__all__ = ["csrf_failure"]
