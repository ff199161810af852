"""A faster ``__init__`` for the checker's frozen dataclasses. No Django import.

A frozen dataclass's own ``__init__`` sets each field through ``object.__setattr__``;
the checker makes thousands of readings and claims per article, and that was a few
percent of its time. ``fast_init`` gives the class an ``__init__`` with the same
signature (the same fields, in order, with the same defaults and default factories)
that fills the instance's ``__dict__`` at once. The class stays frozen:
assigning to a field afterwards still raises ``FrozenInstanceError``.
"""

from __future__ import annotations

import dataclasses

__all__ = ["fast_init", "replace"]


def fast_init(cls: type) -> type:
    """Give the frozen dataclass ``cls`` a faster ``__init__`` of the same signature.

    Only for a dataclass whose fields are all set by ``__init__``, positional or by
    keyword, with no ``__post_init__``, no ``__slots__`` and no property standing for a
    field (raises ``TypeError`` otherwise)."""
    fields = dataclasses.fields(cls)
    if (
        not dataclasses.is_dataclass(cls)
        or hasattr(cls, "__post_init__")
        or "__slots__" in cls.__dict__
        or any(not f.init or f.kw_only or isinstance(cls.__dict__.get(f.name), property)
               for f in fields)
    ):  # fmt: skip
        raise TypeError(f"fast_init does not apply to {cls.__name__}")
    namespace: dict = {"_MISSING": dataclasses.MISSING}
    params, lines = [], []
    for f in fields:
        if f.default is not dataclasses.MISSING:
            namespace[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
        elif f.default_factory is not dataclasses.MISSING:
            namespace[f"_factory_{f.name}"] = f.default_factory
            params.append(f"{f.name}=_MISSING")
            lines.append(f"    if {f.name} is _MISSING:\n        {f.name} = _factory_{f.name}()")
        else:
            params.append(f.name)
    values = ", ".join(f"{f.name!r}: {f.name}" for f in fields)
    source = (
        f"def __init__(self, {', '.join(params)}):\n"
        + "".join(line + "\n" for line in lines)
        + f"    self.__dict__.update({{{values}}})\n"
    )
    exec(source, namespace)  # noqa: S102  (built from the dataclass's own field names)
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__doc__ = cls.__init__.__doc__
    cls.__init__ = init
    return cls


def replace(obj, **changes):
    """``dataclasses.replace(obj, **changes)`` for a class given ``fast_init``: a copy of
    ``obj`` with ``changes`` to its fields (each must be one of its fields, else
    ``TypeError``), made without calling ``__init__`` again."""
    fields = obj.__dataclass_fields__
    for name in changes:
        if name not in fields:
            raise TypeError(f"{type(obj).__name__} has no field {name!r}")
    new = object.__new__(type(obj))
    values = new.__dict__
    values.update(obj.__dict__)
    values.update(changes)
    return new
