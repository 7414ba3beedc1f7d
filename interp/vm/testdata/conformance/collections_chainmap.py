from collections import ChainMap
base = {"a": 1, "b": 2}
over = {"b": 20, "c": 30}
cm = ChainMap(over, base)
print(cm["a"], cm["b"], cm["c"], len(cm), sorted(cm), cm.get("z", 0), "a" in cm)
cm["d"] = 4; print(over, base)
child = cm.new_child({"a": 100}); print(child["a"], child.parents["a"], child.maps[0])
del cm["b"]; print(cm["b"], over)
try:
    del cm["a"]
except KeyError as e:
    print("KeyError", e)
print(ChainMap({1: 1}, {2: 2}))
