from collections import deque
graph = {1: [2, 3], 2: [4], 3: [4, 5], 4: [6], 5: [6], 6: [], 7: [1]}
def bfs(s):
    seen, q, order = {s}, deque([s]), []
    while q:
        v = q.popleft(); order.append(v)
        for w in graph[v]:
            if w not in seen:
                seen.add(w); q.append(w)
    return order
def dfs(v, seen=None):
    seen = set() if seen is None else seen
    seen.add(v)
    out = [v]
    for w in graph[v]:
        if w not in seen:
            out += dfs(w, seen)
    return out
def topo():
    indeg = {v: 0 for v in graph}
    for v in graph:
        for w in graph[v]:
            indeg[w] += 1
    q = deque(sorted(v for v in graph if indeg[v] == 0)); out = []
    while q:
        v = q.popleft(); out.append(v)
        for w in graph[v]:
            indeg[w] -= 1
            if indeg[w] == 0:
                q.append(w)
    return out
print(bfs(1), dfs(1), topo())
