package dev.torchlet.python.stdlib;

/**
 * {@code dataclasses}, written in Python: {@code @dataclass} reads the class's
 * {@code __annotations__} (after its dataclass bases' fields) and writes {@code __init__},
 * {@code __repr__}, {@code __eq__}, the ordering methods and, for {@code frozen=True}, the
 * attribute guard — {@code __init__} is generated as source and run by {@code exec}, so its
 * signature is the real one; plus {@code field}, {@code fields}, {@code asdict}, {@code astuple},
 * {@code replace} and {@code is_dataclass}.
 */
final class DataclassesSource {
    private DataclassesSource() {
    }

    static final String SOURCE = """
import copy as _copy


class _MissingType:
    def __repr__(self):
        return "MISSING"


MISSING = _MissingType()
_HAS_DEFAULT_FACTORY = _MissingType()


class FrozenInstanceError(AttributeError):
    pass


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only

    def __repr__(self):
        return ("Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,hash=%r,compare=%r,metadata=%r,kw_only=%r)"
                % (self.name, self.type, self.default, self.default_factory, self.init, self.repr, self.hash,
                   self.compare, self.metadata, self.kw_only))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True, metadata=None,
          kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_mutable_default(value):
    return type(value) in (list, dict, set)


def _collect_fields(cls, kw_only):
    fields_by_name = {}
    for base in reversed(cls.__mro__[1:]):
        for f in getattr(base, "__dataclass_fields__", {}).values():
            fields_by_name[f.name] = f
    for name, annotation in cls.__dict__.get("__annotations__", {}).items():
        value = cls.__dict__.get(name, MISSING)
        f = value if isinstance(value, Field) else field(default=value)
        f.name = name
        f.type = annotation
        if f.kw_only is MISSING:
            f.kw_only = kw_only
        if _is_mutable_default(f.default):
            raise ValueError("mutable default %s for field %s is not allowed: use default_factory"
                             % (type(f.default), name))
        if isinstance(value, Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
        fields_by_name[name] = f
    return list(fields_by_name.values())


def _make_init(cls, fields, frozen):
    namespace = {"MISSING": MISSING, "_HAS_DEFAULT_FACTORY": _HAS_DEFAULT_FACTORY, "_object_setattr": object.__setattr__}
    positional, keyword_only, body = [], [], []
    seen_default = False
    for f in fields:
        if not f.init:
            if f.default_factory is not MISSING:
                namespace["_factory_" + f.name] = f.default_factory
                value = "_factory_%s()" % f.name
            elif f.default is not MISSING:
                namespace["_default_" + f.name] = f.default
                value = "_default_" + f.name
            else:
                continue
        else:
            if f.default_factory is not MISSING:
                namespace["_factory_" + f.name] = f.default_factory
                parameter = "%s=_HAS_DEFAULT_FACTORY" % f.name
                value = "_factory_%s() if %s is _HAS_DEFAULT_FACTORY else %s" % (f.name, f.name, f.name)
            elif f.default is not MISSING:
                namespace["_default_" + f.name] = f.default
                parameter = "%s=_default_%s" % (f.name, f.name)
                value = f.name
            else:
                parameter = f.name
                value = f.name
                if seen_default and not f.kw_only:
                    raise TypeError("non-default argument %r follows default argument" % f.name)
            if f.kw_only:
                keyword_only.append(parameter)
            else:
                seen_default = seen_default or parameter != f.name
                positional.append(parameter)
        if frozen:
            body.append("    _object_setattr(self, %r, %s)" % (f.name, value))
        else:
            body.append("    self.%s = %s" % (f.name, value))
    if hasattr(cls, "__post_init__"):
        body.append("    self.__post_init__()")
    parameters = ["self"] + positional + (["*"] + keyword_only if keyword_only else [])
    source = "def __init__(%s):\\n%s\\n" % (", ".join(parameters), "\\n".join(body) or "    pass")
    exec(source, namespace)
    init = namespace["__init__"]
    init.__qualname__ = cls.__qualname__ + ".__init__"
    return init


def _values(obj, fields):
    return tuple(getattr(obj, f.name) for f in fields)


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, kw_only):
    for base in cls.__mro__[1:]:
        base_params = getattr(base, "__dataclass_params__", None)
        if base_params is not None and base_params[5] != frozen:
            raise TypeError("cannot inherit %s dataclass from a %s one"
                            % ("frozen" if frozen else "non-frozen", "non-frozen" if frozen else "frozen"))
    all_fields = _collect_fields(cls, kw_only)
    cls.__dataclass_fields__ = {f.name: f for f in all_fields}
    cls.__dataclass_params__ = (init, repr, eq, order, unsafe_hash, frozen)
    if init and "__init__" not in _own_methods(cls):
        cls.__init__ = _make_init(cls, all_fields, frozen)
    shown = [f for f in all_fields if f.repr]
    compared = [f for f in all_fields if f.compare]
    if repr and "__repr__" not in _own_methods(cls):
        def __repr__(self):
            return "%s(%s)" % (type(self).__qualname__,
                               ", ".join("%s=%r" % (f.name, getattr(self, f.name)) for f in shown))
        cls.__repr__ = __repr__
    if eq and "__eq__" not in _own_methods(cls):
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return _values(self, compared) == _values(other, compared)
            return NotImplemented
        cls.__eq__ = __eq__
    if order:
        if not eq:
            raise ValueError("eq must be true if order is true")
        _add_order(cls, compared)
    if frozen:
        def __setattr__(self, name, value):
            raise FrozenInstanceError("cannot assign to field %r" % name)

        def __delattr__(self, name):
            raise FrozenInstanceError("cannot delete field %r" % name)
        cls.__setattr__ = __setattr__
        cls.__delattr__ = __delattr__
    if unsafe_hash or (eq and frozen):
        def __hash__(self):
            return hash(_values(self, [f for f in all_fields if (f.compare if f.hash is None else f.hash)]))
        cls.__hash__ = __hash__
    elif eq and "__hash__" not in _own_methods(cls):
        cls.__hash__ = None
    return cls


def _own_methods(cls):
    return [name for name in ("__init__", "__repr__", "__eq__", "__hash__") if name in cls.__dict__]


def _add_order(cls, compared):
    def check(self, other):
        return other.__class__ is self.__class__

    def __lt__(self, other):
        return _values(self, compared) < _values(other, compared) if check(self, other) else NotImplemented

    def __le__(self, other):
        return _values(self, compared) <= _values(other, compared) if check(self, other) else NotImplemented

    def __gt__(self, other):
        return _values(self, compared) > _values(other, compared) if check(self, other) else NotImplemented

    def __ge__(self, other):
        return _values(self, compared) >= _values(other, compared) if check(self, other) else NotImplemented
    cls.__lt__ = __lt__
    cls.__le__ = __le__
    cls.__gt__ = __gt__
    cls.__ge__ = __ge__


def dataclass(cls=None, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, kw_only)
    return wrap if cls is None else wrap(cls)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, "__dataclass_fields__")


def fields(class_or_instance):
    try:
        found = class_or_instance.__dataclass_fields__
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(found.values())


def _convert(value, factory):
    if is_dataclass(value) and not isinstance(value, type):
        return factory([(f.name, _convert(getattr(value, f.name), factory)) for f in fields(value)])
    if isinstance(value, (list, tuple)):
        return type(value)(_convert(v, factory) for v in value)
    if isinstance(value, dict):
        return type(value)((_convert(k, factory), _convert(v, factory)) for k, v in value.items())
    return _copy.deepcopy(value)


def asdict(obj, *, dict_factory=dict):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("asdict() should be called on dataclass instances")
    return _convert(obj, dict_factory)


def astuple(obj, *, tuple_factory=tuple):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("astuple() should be called on dataclass instances")
    return tuple_factory(_convert(getattr(obj, f.name), lambda items: tuple(v for _, v in items)) for f in fields(obj))


def replace(obj, /, **changes):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("replace() should be called on dataclass instances")
    for f in fields(obj):
        if not f.init:
            if f.name in changes:
                raise ValueError("field %s is declared with init=False, it cannot be specified with replace()" % f.name)
            continue
        if f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
""";
}
