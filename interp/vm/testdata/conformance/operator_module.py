import operator as op
print(op.add(1, 2), op.sub(5, 3), op.mul(2, 3), op.truediv(7, 2), op.floordiv(7, 2), op.mod(7, 3), op.pow(2, 8), op.neg(3), op.pos(-3), op.abs(-2))
print(op.and_(6, 3), op.or_(6, 3), op.xor(6, 3), op.invert(5), op.lshift(1, 4), op.rshift(32, 2), op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.gt(3, 1), op.ge(1, 3), op.contains([1, 2], 2), op.countOf([1, 1, 2], 1), op.indexOf("abc", "c"))
print(op.concat([1], [2]), op.getitem({"k": "v"}, "k"), op.index(7))
l = [1, 2, 3]; op.setitem(l, 0, 9); op.delitem(l, 1); print(l)
print(op.itemgetter(1)("abc"), op.itemgetter(0, 2)("abc"), op.attrgetter("real")(3 + 4j), op.attrgetter("real", "imag")(1j), op.methodcaller("split", ",")("a,b"))
print(sorted([("b", 2), ("a", 3)], key=op.itemgetter(1)), op.attrgetter("__class__.__name__")(5))
x = [1]; x = op.iadd(x, [2]); print(x, op.imul(3, 4), op.length_hint([1, 2, 3]), op.matmul.__name__)
