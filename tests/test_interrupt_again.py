"""A Ctrl-C that lands where Python cannot raise it (a weakref callback of the
import machinery, during a publish) is raised again, so the command stops and
prints no traceback."""

from __future__ import annotations

import signal
import sys
import weakref

from communique.environment import interrupt_again


def test_a_ctrl_c_python_ignored_is_delivered_again() -> None:
    caught: list[int] = []
    previous = signal.signal(
        signal.SIGINT, lambda signum, _frame: caught.append(signum)
    )
    hook = sys.unraisablehook
    sys.unraisablehook = interrupt_again
    try:

        class Target:
            pass

        def callback(_ref: object) -> None:
            raise KeyboardInterrupt

        target = Target()
        ref = weakref.ref(target, callback)
        del target  # the callback runs; Python cannot raise from it
        assert ref() is None
    finally:
        sys.unraisablehook = hook
        signal.signal(signal.SIGINT, previous)
    assert caught == [signal.SIGINT]


def test_other_unraisable_errors_are_reported_as_python_does(capsys) -> None:  # type: ignore[no-untyped-def]
    hook = sys.unraisablehook
    sys.unraisablehook = interrupt_again
    try:

        class Target:
            pass

        def callback(_ref: object) -> None:
            raise ValueError("lost in a callback")

        target = Target()
        ref = weakref.ref(target, callback)
        del target
        assert ref() is None
    finally:
        sys.unraisablehook = hook
    assert "lost in a callback" in capsys.readouterr().err
