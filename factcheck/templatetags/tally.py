from decimal import Decimal, InvalidOperation

from django import template

register = template.Library()


@register.filter
def figure(value, unit: str | None = None) -> str:
    """A number as a reader writes it: 24,120 or 67.5, never 2.412E+4; a year (``unit``
    "year") as 1983."""
    if value is None or value == "":
        return "—"
    number = value if isinstance(value, Decimal) else Decimal(str(value))
    if unit == "year" and number == number.to_integral_value():
        return str(int(number))
    if number == number.to_integral_value():
        return f"{int(number):,}"
    text = f"{number.normalize():f}"
    whole, _, fraction = text.partition(".")
    return f"{int(whole):,}.{fraction}" if whole not in ("-0", "0") else text


@register.filter
def figure_input(value) -> str:
    """A number for an input box: 7247, 67.53 (no separators, no exponent)."""
    if value is None or value == "":
        return ""
    try:
        number = value if isinstance(value, Decimal) else Decimal(str(value))
    except InvalidOperation:
        return str(value)  # what the editor typed, shown back with its error
    return f"{number.normalize():f}" if number != number.to_integral_value() else str(int(number))
