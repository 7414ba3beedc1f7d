"""ast -> JSON in the format package astjson reads (run under Python 3.7)."""
import ast


def const(v):
    if v is None:
        return {'_num': 'None'}
    if v is Ellipsis:
        return {'_num': 'Ellipsis'}
    if isinstance(v, bool):
        return {'_num': 'bool', 'v': v}
    if isinstance(v, int):
        return {'_num': 'int', 'v': str(v)}
    if isinstance(v, float):
        return {'_num': 'float', 'v': v.hex()}
    if isinstance(v, complex):
        return {'_num': 'complex', 're': v.real.hex(), 'im': v.imag.hex()}
    if isinstance(v, str):
        return {'_num': 'str', 'v': v}
    if isinstance(v, bytes):
        return {'_num': 'bytes', 'v': v.decode('latin-1')}
    raise TypeError(type(v))


def enc(node, field=None, parent=None):
    if isinstance(node, ast.AST):
        d = {'_type': type(node).__name__}
        for f in node._fields:
            d[f] = enc(getattr(node, f), f, node)
        for a in ('lineno', 'col_offset'):
            if hasattr(node, a):
                d[a] = getattr(node, a)
        return d
    if isinstance(node, list):
        return [enc(x, field, parent) for x in node]
    if isinstance(parent, (ast.Num, ast.NameConstant, ast.Constant)):
        return const(node)
    if isinstance(node, bytes):
        return {'_bytes': node.decode('latin-1')}
    return node
