import heapq
edges = [("a", "b", 7), ("a", "c", 9), ("a", "f", 14), ("b", "c", 10), ("b", "d", 15), ("c", "d", 11), ("c", "f", 2), ("d", "e", 6), ("e", "f", 9)]
g = {}
for u, v, w in edges:
    g.setdefault(u, []).append((v, w)); g.setdefault(v, []).append((u, w))
def dijkstra(src):
    dist = {src: 0}; prev = {}; pq = [(0, src)]
    while pq:
        d, u = heapq.heappop(pq)
        if d > dist[u]:
            continue
        for v, w in g[u]:
            nd = d + w
            if nd < dist.get(v, float("inf")):
                dist[v] = nd; prev[v] = u; heapq.heappush(pq, (nd, v))
    return dist, prev
dist, prev = dijkstra("a")
path, n = [], "e"
while n != "a":
    path.append(n); n = prev[n]
print(sorted(dist.items()), ["a"] + path[::-1])
