class Item:
    def __init__(self, name, price, qty=0, tags=None):
        self.name, self.price, self.qty = name, price, qty
        self.tags = list(tags or [])
    def __repr__(self):
        return "Item(name=%r, price=%r, qty=%r, tags=%r)" % (self.name, self.price, self.qty, self.tags)
    def __eq__(self, o):
        return (self.price, self.qty) == (o.price, o.qty)
    def __lt__(self, o):
        return (self.price, self.qty) < (o.price, o.qty)
    def total(self):
        return self.price * self.qty
class Inventory:
    def __init__(self):
        self.items = {}
    def add(self, item):
        if item.name in self.items:
            self.items[item.name].qty += item.qty
        else:
            self.items[item.name] = item
        return self
    def __len__(self):
        return len(self.items)
    def __getitem__(self, name):
        return self.items[name]
    def __iter__(self):
        return iter(sorted(self.items.values()))
    def value(self):
        return sum(i.total() for i in self.items.values())
inv = Inventory().add(Item("pen", 2.5, 10)).add(Item("clip", 1.0, 100)).add(Item("book", 9.99, 1, ["paper"])).add(Item("pen", 2.5, 5))
print(len(inv), inv["pen"], [i.name for i in inv], round(inv.value(), 2), max(inv).name, Item("a", 1) == Item("b", 1))
try:
    inv["nothing"]
except KeyError as e:
    print("missing", e)
