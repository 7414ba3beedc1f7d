class C:
    x: int
    y: str = 'y'
    z: 'C'
    (w): int = 2
    self.attr: int = 0
    lst: list = []

    def method(self) -> None:
        v: int = 1
        self.q: int = v
        u: str
