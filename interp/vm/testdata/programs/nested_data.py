data = {
    "users": [
        {"name": "ann", "roles": ["admin", "dev"], "age": 31},
        {"name": "ben", "roles": ["dev"], "age": 25},
        {"name": "cid", "roles": [], "age": 42},
    ],
    "version": (1, 2, 3),
}
print(data["users"][0]["roles"][1], data["version"][-1])
devs = [u["name"] for u in data["users"] if "dev" in u["roles"]]
print(devs, sum(u["age"] for u in data["users"]) / len(data["users"]))
by_role = {}
for u in data["users"]:
    for r in u["roles"] or ["none"]:
        by_role.setdefault(r, []).append(u["name"])
print(by_role)
print(data)
grid = [[(r, c) for c in range(3)] for r in range(2)]
print(grid, grid[1][2])
flat = [x for row in grid for x in row]
print(len(flat), flat[-1])
deep = [1, [2, [3, [4, [5]]]]]
print(deep[1][1][1][1][0], str(deep))
