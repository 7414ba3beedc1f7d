class InsufficientFunds(Exception):
    def __init__(self, need, have):
        super().__init__("need %d, have %d" % (need, have))
        self.need, self.have = need, have
class Account:
    _next = 1
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0
        self.id = Account._next
        Account._next += 1
        self.history = []
    def deposit(self, amt):
        self.balance += amt
        self.history.append(("dep", amt))
    def withdraw(self, amt):
        if amt > self.balance:
            raise InsufficientFunds(amt, self.balance)
        self.balance -= amt
        self.history.append(("wd", amt))
    def __repr__(self):
        return "<Account #%d %s: %d>" % (self.id, self.owner, self.balance)
class Savings(Account):
    rate = 0.05
    def add_interest(self):
        self.deposit(int(self.balance * self.rate))
accts = [Account("ann"), Savings("bob")]
for a in accts:
    a.deposit(1000)
accts[1].add_interest()
try:
    accts[0].withdraw(5000)
except InsufficientFunds as e:
    print("error:", e, e.need - e.have)
accts[0].withdraw(300)
print(accts, [a.history for a in accts])
print(sorted(accts, key=lambda a: a.balance, reverse=True)[0].owner)
print({a.owner: a.balance for a in accts}, sum(a.balance for a in accts))
