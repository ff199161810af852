"""Template filters for withdrawals of published checks (``factcheck.withdrawals_queue``)."""

from django import template

from ..withdrawals_queue import still_withdrawable as _still_withdrawable

register = template.Library()


@register.filter
def still_withdrawable(published, withdrawals) -> list:
    """The published checks no asked or approved withdrawal (not yet published) is about:
    ``{% for check in published|still_withdrawable:plan.withdrawals %}``."""
    return _still_withdrawable(published or [], withdrawals or [])
