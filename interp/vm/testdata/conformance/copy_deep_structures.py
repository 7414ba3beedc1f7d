import copy
class Node:
    def __init__(self, v):
        self.v = v
        self.children = []
root = Node(1); child = Node(2); root.children.append(child); child.children.append(root)
r2 = copy.deepcopy(root)
print(r2.v, r2.children[0].v, r2.children[0].children[0] is r2, r2 is not root)
shared = [1, 2]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
d = {"a": [1, {"b": set([1])}]}
dd = copy.deepcopy(d); dd["a"][1]["b"].add(2)
print(d, dd)
print(copy.copy(5), copy.copy("s"), copy.copy([1]) == [1], copy.deepcopy(frozenset([1])) == frozenset([1]))
