# Recursion through __init__, a property, a generator, sorted(key=...),
# map and a builtin: where each stops and what it says depends on which
# calls count as a level, as in CPython.
import sys


class Node:
    made = 0

    def __init__(self):
        Node.made += 1
        self.child = Node()


try:
    Node()
except RecursionError as e:
    print("init", Node.made, e)


class Loop:
    reads = 0

    @property
    def value(self):
        Loop.reads += 1
        return self.value


try:
    Loop().value
except RecursionError as e:
    print("property", Loop.reads, e)

gens = 0


def chain(n):
    global gens
    gens += 1
    yield from chain(n + 1)


try:
    list(chain(0))
except RecursionError as e:
    print("generator", gens, e)

keys = 0


def key(x):
    global keys
    keys += 1
    return sorted([x, x], key=key)


try:
    sorted([1], key=key)
except RecursionError as e:
    print("sorted", keys, e)

maps = 0


def via_map(x):
    global maps
    maps += 1
    return list(map(via_map, [x]))


try:
    via_map(1)
except RecursionError as e:
    print("map", maps, e)

lens = 0


def via_len(x):
    global lens
    lens += 1
    return len([x]) + via_len(x)


try:
    via_len(1)
except RecursionError as e:
    print("len", lens, e)


class Deep:
    def __repr__(self):
        return repr(self)


try:
    repr(Deep())
except RecursionError as e:
    print("repr", e)
