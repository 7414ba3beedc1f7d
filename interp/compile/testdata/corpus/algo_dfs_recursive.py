def dfs(graph, node, seen=None):
    if seen is None:
        seen = set()
    seen.add(node)
    for n in graph[node]:
        if n not in seen:
            dfs(graph, n, seen)
    return seen


def topo_sort(graph):
    order, state = [], {}

    def visit(n):
        if state.get(n) == 1:
            raise ValueError("cycle at %r" % (n,))
        if state.get(n) == 2:
            return
        state[n] = 1
        for m in graph[n]:
            visit(m)
        state[n] = 2
        order.append(n)

    for n in graph:
        visit(n)
    return order[::-1]
