"""``checking.frozen``: the faster constructor keeps a frozen dataclass's contract."""

import dataclasses
import inspect

import pytest

from factcheck.checking.frozen import fast_init, replace


@dataclasses.dataclass(frozen=True)
class Plain:
    a: int
    b: str = "b"
    c: list = dataclasses.field(default_factory=list)


@fast_init
@dataclasses.dataclass(frozen=True)
class Fast:
    a: int
    b: str = "b"
    c: list = dataclasses.field(default_factory=list)


def test_same_signature_defaults_and_factories_as_dataclasses_own():
    def params(cls):
        return [
            (p.name, p.kind, p.default is p.empty)
            for p in inspect.signature(cls).parameters.values()
        ]

    assert params(Fast) == params(Plain)
    assert inspect.signature(Fast).parameters["b"].default == "b"
    assert dataclasses.astuple(Fast(1)) == dataclasses.astuple(Plain(1)) == (1, "b", [])
    assert Fast(1, c=[2]) == Fast(a=1, b="b", c=[2])
    assert Fast(1).c is not Fast(1).c  # a fresh list each time, as default_factory gives
    with pytest.raises(TypeError):
        Fast()  # a field without a default is required


def test_still_frozen_and_hashable():
    fast = Fast(1, "x", ())
    with pytest.raises(dataclasses.FrozenInstanceError):
        fast.a = 2
    assert hash(fast) == hash(Fast(1, "x", ()))
    assert repr(fast) == "Fast(a=1, b='x', c=())"


def test_replace_copies_with_changes_and_refuses_unknown_fields():
    fast = Fast(1, "x")
    assert replace(fast, b="y") == Fast(1, "y")
    assert fast.b == "x"
    with pytest.raises(TypeError, match="no field 'z'"):
        replace(fast, z=1)


def test_refuses_a_dataclass_it_cannot_speed_up():
    @dataclasses.dataclass(frozen=True)
    class Later:
        a: int

        def __post_init__(self):
            pass

    with pytest.raises(TypeError, match="does not apply"):
        fast_init(Later)
