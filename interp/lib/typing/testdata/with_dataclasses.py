from dataclasses import dataclass, field, fields
from typing import ClassVar, List, Optional, Dict


@dataclass
class Order:
    id: int
    items: List[str] = field(default_factory=list)
    note: Optional[str] = None
    registry: ClassVar[Dict[int, 'Order']] = {}

    def add(self, item: str) -> None:
        self.items.append(item)


o = Order(1)
o.add('x')
print(o, [f.name for f in fields(o)], [f.type for f in fields(Order)], Order.registry)
print(Order.__doc__)
print(Order.__init__.__annotations__)
