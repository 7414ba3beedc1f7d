
"""Abstract Syntax Trees (bytepy).

parse() turns source into a tree of the node classes below (the classes
of Python 3.7's _ast module); dump() prints a tree, literal_eval()
evaluates a literal safely, and NodeVisitor/NodeTransformer walk trees.
"""

from _ast_parse import parse_dump as _parse_dump, install_compile as _install_compile

PyCF_ONLY_AST = 1024


class AST(object):
    __module__ = '_ast'
    _fields = ()
    _attributes = ()

    def __init__(self, *args, **kwargs):
        if args:
            n = len(self._fields)
            if len(args) > n:
                raise TypeError('%s constructor takes at most %d positional argument%s'
                                % (type(self).__name__, n, '' if n == 1 else 's'))
            for name, value in zip(self._fields, args):
                setattr(self, name, value)
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), dict(self.__dict__)


def _make_classes(namespace):
    # Builds every 3.7 node class from the generated table.
    for name, base, fields, attributes in _NODE_TABLE:
        cls = type(name, (namespace[base],), {'_fields': fields, '_attributes': attributes,
                                               '__module__': '_ast'})
        namespace[name] = cls


_make_classes(globals())
del _make_classes

# The text the parser hands over is a call expression on these names; a
# literal too large for a float dumps as inf.
_EVAL_NS = {name: globals()[name] for name, _, _, _ in _NODE_TABLE}
_EVAL_NS['inf'] = float('inf')
_EVAL_NS['infj'] = complex(0.0, float('inf'))
_EVAL_NS['__builtins__'] = {}


def parse(source, filename='<unknown>', mode='exec'):
    """Parse the source into an AST node."""
    return eval(_parse_dump(source, filename, mode), _EVAL_NS)


def literal_eval(node_or_string):
    """Safely evaluate an expression node or a string containing a Python
    literal or container display."""
    if isinstance(node_or_string, str):
        node_or_string = parse(node_or_string, mode='eval')
    if isinstance(node_or_string, Expression):
        node_or_string = node_or_string.body

    def malformed(node):
        raise ValueError('malformed node or string: ' + repr(node))

    def number(node):
        if isinstance(node, Constant):
            if isinstance(node.value, (int, float, complex)):
                return node.value
        elif isinstance(node, Num):
            return node.n
        malformed(node)

    def signed(node):
        if isinstance(node, UnaryOp) and isinstance(node.op, (UAdd, USub)):
            operand = number(node.operand)
            return +operand if isinstance(node.op, UAdd) else -operand
        return number(node)

    def convert(node):
        if isinstance(node, Constant):
            return node.value
        if isinstance(node, (Str, Bytes)):
            return node.s
        if isinstance(node, Num):
            return node.n
        if isinstance(node, Tuple):
            return tuple(map(convert, node.elts))
        if isinstance(node, List):
            return list(map(convert, node.elts))
        if isinstance(node, Set):
            return set(map(convert, node.elts))
        if isinstance(node, Dict):
            return dict(zip(map(convert, node.keys), map(convert, node.values)))
        if isinstance(node, NameConstant):
            return node.value
        if isinstance(node, BinOp) and isinstance(node.op, (Add, Sub)):
            # Only a real and an imaginary part: 1+2j, -1-2j.
            left = signed(node.left)
            right = number(node.right)
            if isinstance(left, (int, float)) and isinstance(right, complex):
                return left + right if isinstance(node.op, Add) else left - right
        return signed(node)

    return convert(node_or_string)


def dump(node, annotate_fields=True, include_attributes=False):
    """Return a formatted dump of the tree in node."""
    def fmt(node):
        if isinstance(node, AST):
            parts = []
            for name, value in iter_fields(node):
                if annotate_fields:
                    parts.append('%s=%s' % (name, fmt(value)))
                else:
                    parts.append(fmt(value))
            if include_attributes and node._attributes:
                for name in node._attributes:
                    parts.append('%s=%s' % (name, fmt(getattr(node, name))))
            return '%s(%s)' % (type(node).__name__, ', '.join(parts))
        if isinstance(node, list):
            return '[%s]' % ', '.join(fmt(x) for x in node)
        return repr(node)
    if not isinstance(node, AST):
        raise TypeError('expected AST, got %r' % node.__class__.__name__)
    return fmt(node)


def copy_location(new_node, old_node):
    """Copy lineno and col_offset from old_node to new_node; returns new_node."""
    for attr in 'lineno', 'col_offset':
        if attr in old_node._attributes and attr in new_node._attributes and hasattr(old_node, attr):
            setattr(new_node, attr, getattr(old_node, attr))
    return new_node


def fix_missing_locations(node):
    """Give every node without a position its parent's (1, 0 at the top)."""
    def fix(node, lineno, col_offset):
        if 'lineno' in node._attributes:
            if not hasattr(node, 'lineno'):
                node.lineno = lineno
            else:
                lineno = node.lineno
        if 'col_offset' in node._attributes:
            if not hasattr(node, 'col_offset'):
                node.col_offset = col_offset
            else:
                col_offset = node.col_offset
        for child in iter_child_nodes(node):
            fix(child, lineno, col_offset)
    fix(node, 1, 0)
    return node


def increment_lineno(node, n=1):
    """Add n to the line number of node and every node below it."""
    for child in walk(node):
        if 'lineno' in child._attributes:
            child.lineno = getattr(child, 'lineno', 0) + n
    return node


def iter_fields(node):
    """Yield (name, value) for each field of node that is set."""
    for field in node._fields:
        try:
            yield field, getattr(node, field)
        except AttributeError:
            pass


def iter_child_nodes(node):
    """Yield the direct child nodes of node: fields that are nodes, and
    the nodes in fields that are lists."""
    for name, field in iter_fields(node):
        if isinstance(field, AST):
            yield field
        elif isinstance(field, list):
            for item in field:
                if isinstance(item, AST):
                    yield item


def get_docstring(node, clean=True):
    """Return the docstring of a function, class or module node, or None."""
    if not isinstance(node, (AsyncFunctionDef, FunctionDef, ClassDef, Module)):
        raise TypeError("%r can't have docstrings" % node.__class__.__name__)
    if not (node.body and isinstance(node.body[0], Expr)):
        return None
    node = node.body[0].value
    if isinstance(node, Str):
        text = node.s
    elif isinstance(node, Constant) and isinstance(node.value, str):
        text = node.value
    else:
        return None
    if clean:
        text = _cleandoc(text)
    return text


def _cleandoc(doc):
    # inspect.cleandoc: tabs expanded, the common indentation of all lines
    # but the first removed, blank lines at both ends dropped.
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def walk(node):
    """Yield node and all nodes below it, breadth first."""
    todo = [node]
    i = 0
    while i < len(todo):
        node = todo[i]
        i += 1
        todo.extend(iter_child_nodes(node))
        yield node


class NodeVisitor(object):
    """Walks a tree calling visit_<ClassName> for each node (generic_visit
    when there is none)."""

    def visit(self, node):
        method = 'visit_' + node.__class__.__name__
        visitor = getattr(self, method, self.generic_visit)
        return visitor(node)

    def generic_visit(self, node):
        for name, value in iter_fields(node):
            if isinstance(value, list):
                for item in value:
                    if isinstance(item, AST):
                        self.visit(item)
            elif isinstance(value, AST):
                self.visit(value)


class NodeTransformer(NodeVisitor):
    """A NodeVisitor whose visit methods return the replacement node (None
    removes it; a list is spliced into a list field)."""

    def generic_visit(self, node):
        for field, old_value in iter_fields(node):
            if isinstance(old_value, list):
                new_values = []
                for value in old_value:
                    if isinstance(value, AST):
                        value = self.visit(value)
                        if value is None:
                            continue
                        elif not isinstance(value, AST):
                            new_values.extend(value)
                            continue
                    new_values.append(value)
                old_value[:] = new_values
            elif isinstance(old_value, AST):
                new_node = self.visit(old_value)
                if new_node is None:
                    delattr(node, field)
                else:
                    setattr(node, field, new_node)
        return node


_install_compile(AST, parse)
