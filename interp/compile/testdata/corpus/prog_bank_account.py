class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__('need %d, have %d' % (needed, available))
        self.needed = needed
        self.available = available


class Account:
    interest = 0.02
    _next_id = 1

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.id = Account._next_id
        Account._next_id += 1
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError('deposit must be positive')
        self.balance += amount
        self.history.append(('deposit', amount))
        return self

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(amount, self.balance)
        self.balance -= amount
        self.history.append(('withdraw', amount))
        return self

    def __str__(self):
        return f'#{self.id} {self.owner}: {self.balance:.2f}'


acct = Account('ann', 100)
try:
    acct.deposit(50).withdraw(500)
except InsufficientFunds as e:
    print('failed:', e, e.needed)
finally:
    print(acct)
