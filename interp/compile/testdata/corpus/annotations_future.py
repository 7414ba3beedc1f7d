from __future__ import annotations


def f(a: int, b: List[int] = []) -> Dict[str, int]:
    x: Undefined = 1
    return {}


class C:
    attr: Optional[C] = None
    other: 'quoted'
