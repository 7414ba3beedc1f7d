"""Text documentation of Python objects, as help() shows it."""

import sys

_HIDDEN = {"__author__", "__builtins__", "__cached__", "__credits__", "__date__",
           "__doc__", "__file__", "__spec__", "__loader__", "__module__", "__name__",
           "__package__", "__path__", "__qualname__", "__slots__", "__version__"}

_FUNCTION = type(lambda: 0)
_BUILTIN = type(len)



def _is_function(obj):
    return type(obj) is _FUNCTION


def _is_bound(obj):
    return hasattr(obj, "__self__") and hasattr(obj, "__func__")


def _is_routine(obj):
    if _is_function(obj) or _is_bound(obj):
        return True
    name = type(obj).__name__
    return name in ("builtin_function_or_method", "method_descriptor",
                    "wrapper_descriptor", "method-wrapper", "classmethod_descriptor")


def _is_module(obj):
    return type(obj) is type(sys)


def _is_data_descriptor(obj):
    if isinstance(obj, type) or _is_routine(obj):
        return False
    t = type(obj)
    return hasattr(t, "__set__") or hasattr(t, "__delete__")


def _cleandoc(doc):
    lines = doc.expandtabs().split("\n")
    margin = None
    for line in lines[1:]:
        body = line.lstrip()
        if body:
            indent = len(line) - len(body)
            margin = indent if margin is None else min(margin, indent)
    lines[0] = lines[0].lstrip()
    if margin is not None:
        lines[1:] = [line[margin:] for line in lines[1:]]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return "\n".join(lines)


def _owner_class(func):
    """The class a function was defined in, found through its qualname."""
    names = getattr(func, "__qualname__", "").split(".")[:-1]
    if not names or "<locals>" in names:
        return None
    obj = sys.modules.get(getattr(func, "__module__", None))
    for n in names:
        obj = getattr(obj, n, None)
    return obj if isinstance(obj, type) else None


def _getdoc(obj):
    try:
        doc = obj.__doc__
    except AttributeError:
        doc = None
    if doc is None and (_is_function(obj) or _is_bound(obj)):
        # look for the docstring of the method this one overrides
        if _is_bound(obj):
            name = obj.__func__.__name__
            cls = obj.__self__ if isinstance(obj.__self__, type) else type(obj.__self__)
        else:
            name = obj.__name__
            cls = _owner_class(obj)
            if cls is not None and getattr(cls, name, None) is not obj:
                cls = None
        if cls is not None:
            for base in cls.__mro__:
                if name in base.__dict__:
                    d = getattr(getattr(base, name), "__doc__", None)
                    if d is not None:
                        doc = d
                        break
    elif doc is None and isinstance(obj, type):
        for base in obj.__mro__[1:]:
            if base is not object and base.__doc__ is not None:
                doc = base.__doc__
                break
    if not isinstance(doc, str):
        return None
    return _cleandoc(doc)


def _classname(cls, modname):
    name = cls.__name__
    if cls.__module__ != modname:
        name = cls.__module__ + "." + name
    return name


def _annotation(a):
    if isinstance(a, type):
        if a.__module__ == "builtins":
            return a.__qualname__
        return a.__module__ + "." + a.__qualname__
    return repr(a)


def _signature(obj):
    """The parenthesised parameter list, or None when unknown."""
    bound = _is_bound(obj)
    func = obj.__func__ if bound else obj
    if not _is_function(func):
        sig = getattr(func, "__text_signature__", None)
        if not sig:
            return None
        params = [p.strip() for p in sig.strip()[1:-1].split(",") if p.strip()]
        if params and params[0].startswith("$"):
            # $module and a bound $self are dropped; an unbound method
            # descriptor shows its self
            first = params.pop(0)
            owner = getattr(func, "__self__", None)
            if first != "$module" and not bound and (owner is None or _is_module(owner)):
                params.insert(0, first[1:])
        if params == ["/"]:
            params = []
        return "(" + ", ".join(params) + ")"
    code = func.__code__
    names = code.co_varnames
    npos, nkw = code.co_argcount, code.co_kwonlyargcount
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    ann = func.__annotations__ or {}

    def param(name, has_default=False, default=None, prefix=""):
        s = prefix + name
        if name in ann:
            s += ": " + _annotation(ann[name])
            if has_default:
                s += " = " + repr(default)
        elif has_default:
            s += "=" + repr(default)
        return s

    out = []
    first_default = npos - len(defaults)
    for i in range(npos):
        if i >= first_default:
            out.append(param(names[i], True, defaults[i - first_default]))
        else:
            out.append(param(names[i]))
    i = npos + nkw
    if code.co_flags & 4:
        out.append(param(names[i], prefix="*"))
        i += 1
    elif nkw:
        out.append("*")
    for n in names[npos:npos + nkw]:
        if n in kwdefaults:
            out.append(param(n, True, kwdefaults[n]))
        else:
            out.append(param(n))
    if code.co_flags & 8:
        out.append(param(names[i], prefix="**"))
    if bound and out:
        out.pop(0)
    s = "(" + ", ".join(out) + ")"
    if "return" in ann:
        s += " -> " + _annotation(ann["return"])
    return s


def _indent(text, prefix="    "):
    if not text:
        return ""
    lines = [prefix + line for line in text.split("\n")]
    lines[-1] = lines[-1].rstrip()
    return "\n".join(lines)


def _docroutine(obj, name=None, mod=None, cl=None):
    realname = obj.__name__
    name = name or realname
    note = ""
    if _is_bound(obj):
        imclass = obj.__self__.__class__
        if cl:
            if imclass is not cl:
                note = " from " + _classname(imclass, mod)
        elif obj.__self__ is not None:
            note = " method of %s instance" % _classname(obj.__self__.__class__, mod)
        else:
            note = " unbound %s method" % _classname(imclass, mod)
    title = name if name == realname else name + " = " + realname
    argspec = _signature(obj)
    if argspec is not None and realname == "<lambda>":
        title = name + " lambda "
        argspec = argspec[1:-1]
    if argspec is None:
        argspec = "(...)"
    doc = _getdoc(obj) or ""
    return title + argspec + note + "\n" + (doc and _indent(doc).rstrip() + "\n")


def _docdescriptor(name, value):
    out = ""
    if name:
        out += name + "\n"
    doc = _getdoc(value) or ""
    if doc:
        out += _indent(doc) + "\n"
    return out


def _docother(obj, name=None, maxlen=0, doc=None):
    r = repr(obj)
    if len(r) > 100:
        r = r[:46] + "..." + r[-51:]
    if maxlen:
        line = (name and name + " = " or "") + r
        chop = maxlen - len(line)
        if chop < 0:
            r = r[:chop] + "..."
    line = (name and name + " = " or "") + r
    if doc is not None:
        line += "\n" + _indent(str(doc))
    return line


class _Synthetic:
    """A stand-in for a class's __dict__/__weakref__ getset descriptor."""

    def __init__(self, doc):
        self.__doc__ = doc

    def __get__(self, obj, cls=None):
        return self

    def __set__(self, obj, value):
        pass


_DICT_DESCR = _Synthetic("dictionary for instance variables (if defined)")
_WEAKREF_DESCR = _Synthetic("list of weak references to the object (if defined)")


def _class_dict(cls):
    d = dict(cls.__dict__)
    if (cls.__module__ != "builtins" and "__slots__" not in d
            and all(b.__module__ == "builtins" for b in cls.__bases__)):
        d.setdefault("__dict__", _DICT_DESCR)
        d.setdefault("__weakref__", _WEAKREF_DESCR)
    return d


def _classify(cls):
    """(name, kind, defining class, raw value) for cls's attributes."""
    mro = cls.__mro__
    dicts = [(base, _class_dict(base)) for base in mro]
    names = set()
    for base, d in dicts:
        names.update(d)
    out = []
    for name in sorted(names):
        for base, d in dicts:
            if name in d:
                home, value = base, d[name]
                break
        if isinstance(value, staticmethod):
            kind = "static method"
        elif isinstance(value, classmethod):
            kind = "class method"
        elif _is_data_descriptor(value):
            kind = "data descriptor"
        elif _is_routine(value):
            kind = "method"
        else:
            kind = "data"
        out.append((name, kind, home, value))
    return out


def _visible(name, obj=None):
    if name in _HIDDEN:
        return False
    if name.startswith("__") and name.endswith("__"):
        return True
    if name.startswith("_") and hasattr(obj, "_fields"):
        return True
    return not name.startswith("_")


def _docclass(obj, name=None, mod=None):
    realname = obj.__name__
    name = name or realname
    bases = obj.__bases__
    mod = obj.__module__
    title = "class " + realname if name == realname else name + " = class " + realname
    if bases:
        title += "(%s)" % ", ".join(_classname(b, mod) for b in bases)
    contents = []
    push = contents.append
    doc = _getdoc(obj)
    if doc:
        push(doc + "\n")
    mro = list(obj.__mro__)
    if len(mro) > 2:
        push("Method resolution order:")
        for base in mro:
            push("    " + _classname(base, mod))
        push("")
    rule = [False]

    def maybe_rule():
        if rule[0]:
            push("-" * 70)
        rule[0] = True

    def split(items, pred):
        yes = [t for t in items if pred(t)]
        return yes, [t for t in items if not pred(t)]

    def spill(msg, items, kind):
        ok, items = split(items, lambda t: t[1] == kind)
        if ok:
            maybe_rule()
            push(msg)
            for aname, _, home, value in ok:
                try:
                    value = getattr(obj, aname)
                except Exception:
                    push(_docdescriptor(aname, value))
                    continue
                push(_document(value, aname, mod, obj))
        return items

    def spill_descriptors(msg, items):
        ok, items = split(items, lambda t: t[1] == "data descriptor")
        if ok:
            maybe_rule()
            push(msg)
            for aname, _, home, value in ok:
                push(_docdescriptor(aname, value))
        return items

    def spill_data(msg, items):
        ok, items = split(items, lambda t: t[1] == "data")
        if ok:
            maybe_rule()
            push(msg)
            for aname, _, home, value in ok:
                d = _getdoc(value) if callable(value) or _is_data_descriptor(value) else None
                try:
                    v = getattr(obj, aname)
                except AttributeError:
                    v = home.__dict__[aname]
                push(_docother(v, aname, maxlen=70, doc=d) + "\n")
        return items

    attrs = [t for t in _classify(obj) if _visible(t[0], obj)]
    while attrs:
        this = mro.pop(0) if mro else attrs[0][2]
        attrs, inherited = split(attrs, lambda t: t[2] is this)
        if this is object:
            attrs = inherited
            continue
        if this is obj:
            tag = "defined here"
        else:
            tag = "inherited from %s" % _classname(this, mod)
        attrs.sort(key=lambda t: t[0])
        attrs = spill("Methods %s:\n" % tag, attrs, "method")
        attrs = spill("Class methods %s:\n" % tag, attrs, "class method")
        attrs = spill("Static methods %s:\n" % tag, attrs, "static method")
        attrs = spill_descriptors("Data descriptors %s:\n" % tag, attrs)
        attrs = spill_data("Data and other attributes %s:\n" % tag, attrs)
        attrs = inherited
    text = "\n".join(contents)
    return title + "\n" + _indent(text.rstrip(), " |  ") + "\n"


def _docmodule(obj):
    name = obj.__name__
    out = ["NAME", "    " + name]
    doc = _getdoc(obj)
    if doc:
        first, _, rest = doc.partition("\n")
        out[1] += " - " + first
        if rest.strip():
            out += ["", "DESCRIPTION", _indent(rest.strip())]
    classes = [(k, v) for k, v in sorted(vars(obj).items())
               if isinstance(v, type) and getattr(v, "__module__", None) == name and _visible(k)]
    funcs = [(k, v) for k, v in sorted(vars(obj).items())
             if _is_routine(v) and _visible(k)]
    data = [(k, v) for k, v in sorted(vars(obj).items())
            if not isinstance(v, type) and not _is_routine(v) and not _is_module(v) and _visible(k)]
    if classes:
        out += ["", "CLASSES"]
        for k, v in classes:
            out.append(_indent(_docclass(v, k, name).rstrip()))
            out.append("")
        out.pop()
    if funcs:
        out += ["", "FUNCTIONS"]
        for k, v in funcs:
            out.append(_indent(_docroutine(v, k, name).rstrip()))
            out.append("    ")
        out.pop()
    if data:
        out += ["", "DATA"]
        for k, v in data:
            out.append(_indent(_docother(v, k, maxlen=70)))
    f = getattr(obj, "__file__", None)
    out += ["", "FILE", "    " + (f if f else "(built-in)")]
    return "\n".join(out) + "\n"


def _document(obj, name=None, mod=None, cl=None):
    if _is_module(obj):
        return _docmodule(obj)
    if isinstance(obj, type):
        return _docclass(obj, name, mod)
    if _is_routine(obj):
        return _docroutine(obj, name, mod, cl)
    if _is_data_descriptor(obj):
        return _docdescriptor(name, obj)
    return _docother(obj, name)


def describe(obj):
    """A short description of what kind of thing obj is."""
    if _is_module(obj):
        return "module " + obj.__name__
    if isinstance(obj, type):
        return "class " + obj.__name__
    kind = type(obj).__name__
    if kind == "builtin_function_or_method":
        return "built-in function " + obj.__name__
    if _is_bound(obj):
        return "method " + obj.__name__
    if _is_function(obj):
        return "function " + obj.__name__
    if isinstance(obj, property):
        return "property"
    return kind


def render_doc(thing, title="Python Library Documentation: %s"):
    """The text help() prints for thing."""
    if isinstance(thing, str):
        obj = _locate(thing)
        if obj is None:
            raise ImportError("No Python documentation found for %r." % thing)
        name = thing
    else:
        obj, name = thing, getattr(thing, "__name__", None)
    desc = describe(obj)
    mod = sys.modules.get(getattr(obj, "__module__", None) or "")
    if _is_module(obj):
        pass
    elif name and "." in name:
        desc += " in " + name[:name.rfind(".")]
    elif mod is not None and mod is not obj:
        desc += " in module " + mod.__name__
    if not (_is_module(obj) or isinstance(obj, type) or _is_routine(obj)
            or _is_data_descriptor(obj)):
        obj = type(obj)
        desc += " object"
    return title % desc + "\n\n" + _document(obj, name if not isinstance(thing, str) else None)


def _locate(path):
    parts = path.split(".")
    obj = None
    for i in range(len(parts), 0, -1):
        try:
            obj = __import__(".".join(parts[:i]))
        except ImportError:
            continue
        for p in parts[1:]:
            obj = getattr(obj, p, None)
        return obj
    import builtins
    return getattr(builtins, path, None)


def doc(thing, title="Python Library Documentation: %s", output=None):
    """Write the documentation of thing to output (default stdout)."""
    try:
        text = render_doc(thing, title)
    except (ImportError, AttributeError) as e:
        print(e)
        return
    (output or sys.stdout).write(text)


def help(*args):
    """help(object) prints the documentation of object."""
    if not args:
        print("Welcome to Python 3.7's help utility! (The interactive help> "
              "prompt is not available here; call help(object) instead.)")
        return
    doc(args[0], "Help on %s:")
    sys.stdout.write("\n")
