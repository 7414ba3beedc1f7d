data = {"users": [{"name": "ann", "roles": ["admin", "dev"], "age": 31}, {"name": "bob", "roles": [], "age": 25}], "meta": {"count": 2}}
print(data["users"][0]["roles"][1], len(data["users"]), data["meta"].get("count"), data.get("none", {}).get("x"))
by_name = {u["name"]: u for u in data["users"]}
print(sorted(by_name), by_name["bob"]["age"])
roles = {}
for u in data["users"]:
    for r in u["roles"]:
        roles.setdefault(r, []).append(u["name"])
print(roles)
print(sorted(data["users"], key=lambda u: u["age"])[0]["name"], [u["name"] for u in data["users"] if "admin" in u["roles"]])
import json
print(json.dumps(data, sort_keys=True))
inv = {v: k for k, v in {"a": 1, "b": 2}.items()}
print(inv, dict(sorted(inv.items(), reverse=True)))
