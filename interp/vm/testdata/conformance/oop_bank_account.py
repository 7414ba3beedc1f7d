class InsufficientFunds(Exception):
    pass
class Account:
    interest = 0.02
    _next_id = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []
    def deposit(self, amt):
        if amt <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amt
        self.history.append(("dep", amt))
        return self
    def withdraw(self, amt):
        if amt > self.balance:
            raise InsufficientFunds("%s has %d, needs %d" % (self.owner, self.balance, amt))
        self.balance -= amt
        self.history.append(("wd", amt))
        return self
    def __repr__(self):
        return "Account(#%d %s %.2f)" % (self.id, self.owner, self.balance)
class Savings(Account):
    interest = 0.05
    def add_interest(self):
        self.deposit(self.balance * self.interest)
a = Account("ann", 100).deposit(50).withdraw(30)
s = Savings("sam", 1000); s.add_interest()
print(a, s, a.history, s.interest, Account.interest)
for op in [lambda: a.withdraw(1000), lambda: a.deposit(-1)]:
    try:
        op()
    except (InsufficientFunds, ValueError) as e:
        print(type(e).__name__, e)
