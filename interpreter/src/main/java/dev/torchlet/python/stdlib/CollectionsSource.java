package dev.torchlet.python.stdlib;

/**
 * {@code collections}, written in Python. Torchlet cannot subclass the built-in dict yet, so
 * defaultdict, OrderedDict and Counter wrap a dict and offer the whole mapping protocol
 * (only {@code isinstance(d, dict)} tells them apart from CPython's).
 */
final class CollectionsSource {
    private CollectionsSource() {
    }

    static final String SOURCE = """
class _MappingWrapper:
    def __init__(self):
        self._data = {}

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        self._data[key] = value

    def __delitem__(self, key):
        del self._data[key]

    def __contains__(self, key):
        return key in self._data

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)

    def __eq__(self, other):
        if isinstance(other, _MappingWrapper):
            return self._data == other._data
        return self._data == other

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def get(self, key, default=None):
        return self._data.get(key, default)

    def pop(self, key, *default):
        return self._data.pop(key, *default)

    def setdefault(self, key, default=None):
        return self._data.setdefault(key, default)

    def update(self, *args, **kwargs):
        self._data.update(*args, **kwargs)

    def clear(self):
        self._data.clear()

    def copy(self):
        result = self.__class__.__new_empty__(self)
        result._data = dict(self._data)
        return result


class defaultdict(_MappingWrapper):
    def __init__(self, default_factory=None, *args, **kwargs):
        super().__init__()
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        self.default_factory = default_factory
        self._data.update(*args, **kwargs)

    def __new_empty__(self):
        return defaultdict(self.default_factory)

    def __getitem__(self, key):
        if key in self._data:
            return self._data[key]
        return self.__missing__(key)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self._data[key] = value
        return value

    def __repr__(self):
        factory = repr(self.default_factory)
        return "defaultdict(" + factory + ", " + repr(self._data) + ")"


class OrderedDict(_MappingWrapper):
    def __init__(self, *args, **kwargs):
        super().__init__()
        self._data.update(*args, **kwargs)

    def __new_empty__(self):
        return OrderedDict()

    def move_to_end(self, key, last=True):
        value = self._data.pop(key)
        if last:
            self._data[key] = value
        else:
            rest = self._data
            self._data = {key: value}
            self._data.update(rest)

    def popitem(self, last=True):
        if not self._data:
            raise KeyError("dictionary is empty")
        key = list(self._data)[-1 if last else 0]
        return key, self._data.pop(key)

    def __repr__(self):
        if not self._data:
            return "OrderedDict()"
        return "OrderedDict(" + repr(list(self._data.items())) + ")"


class Counter(_MappingWrapper):
    def __init__(self, iterable=None, **kwargs):
        super().__init__()
        self.update(iterable, **kwargs)

    def __new_empty__(self):
        return Counter()

    def __getitem__(self, key):
        return self._data.get(key, 0)

    def __missing__(self, key):
        return 0

    def update(self, iterable=None, **kwargs):
        if iterable is not None:
            if isinstance(iterable, (dict, _MappingWrapper)):
                for key, count in iterable.items():
                    self._data[key] = self._data.get(key, 0) + count
            else:
                for key in iterable:
                    self._data[key] = self._data.get(key, 0) + 1
        for key, count in kwargs.items():
            self._data[key] = self._data.get(key, 0) + count

    def most_common(self, n=None):
        ordered = sorted(self._data.items(), key=lambda item: item[1], reverse=True)
        return ordered if n is None else ordered[:n]

    def elements(self):
        for key, count in self._data.items():
            for _ in range(count):
                yield key

    def total(self):
        return sum(self._data.values())

    def __repr__(self):
        if not self._data:
            return "Counter()"
        items = ", ".join(repr(k) + ": " + repr(v) for k, v in self.most_common())
        return "Counter({" + items + "})"


class deque:
    def __init__(self, iterable=(), maxlen=None):
        self._items = []
        self.maxlen = maxlen
        self.extend(iterable)

    def _trim_right(self):
        if self.maxlen is not None:
            while len(self._items) > self.maxlen:
                self._items.pop(0)

    def _trim_left(self):
        if self.maxlen is not None:
            while len(self._items) > self.maxlen:
                self._items.pop()

    def append(self, x):
        self._items.append(x)
        self._trim_right()

    def appendleft(self, x):
        self._items.insert(0, x)
        self._trim_left()

    def extend(self, iterable):
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        for x in iterable:
            self.appendleft(x)

    def pop(self):
        if not self._items:
            raise IndexError("pop from an empty deque")
        return self._items.pop()

    def popleft(self):
        if not self._items:
            raise IndexError("pop from an empty deque")
        return self._items.pop(0)

    def rotate(self, n=1):
        if self._items:
            n = n % len(self._items)
            self._items = self._items[-n:] + self._items[:-n]

    def clear(self):
        self._items = []

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __getitem__(self, i):
        return self._items[i]

    def __setitem__(self, i, value):
        self._items[i] = value

    def __eq__(self, other):
        return isinstance(other, deque) and self._items == other._items

    def __repr__(self):
        if self.maxlen is None:
            return "deque(" + repr(self._items) + ")"
        return "deque(" + repr(self._items) + ", maxlen=" + repr(self.maxlen) + ")"


def namedtuple(typename, field_names, *, defaults=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    fields = tuple(field_names)
    defaults = tuple(defaults) if defaults is not None else ()

    def __init__(self, *args, **kwargs):
        if len(args) > len(fields):
            raise TypeError(typename + "() takes " + str(len(fields)) + " positional arguments but "
                            + str(len(args)) + " were given")
        values = list(args)
        for name in fields[len(args):]:
            if name in kwargs:
                values.append(kwargs.pop(name))
            elif fields.index(name) >= len(fields) - len(defaults):
                values.append(defaults[fields.index(name) - (len(fields) - len(defaults))])
            else:
                raise TypeError(typename + "() missing required argument: '" + name + "'")
        if kwargs:
            raise TypeError(typename + "() got an unexpected keyword argument '" + list(kwargs)[0] + "'")
        object.__setattr__(self, "_values", tuple(values))

    def __getattr__(self, name):
        if name in fields:
            return self._values[fields.index(name)]
        raise AttributeError("'" + typename + "' object has no attribute '" + name + "'")

    def __setattr__(self, name, value):
        raise AttributeError("can't set attribute")

    def __getitem__(self, i):
        return self._values[i]

    def __iter__(self):
        return iter(self._values)

    def __len__(self):
        return len(self._values)

    def __eq__(self, other):
        return tuple(self) == tuple(other)

    def __hash__(self):
        return hash(self._values)

    def __repr__(self):
        return typename + "(" + ", ".join(f + "=" + repr(v) for f, v in zip(fields, self._values)) + ")"

    def _asdict(self):
        return dict(zip(fields, self._values))

    def _replace(self, **changes):
        values = self._asdict()
        values.update(changes)
        return cls(**values)

    namespace = {"__init__": __init__, "__getattr__": __getattr__, "__setattr__": __setattr__,
                 "__getitem__": __getitem__, "__iter__": __iter__, "__len__": __len__, "__eq__": __eq__,
                 "__hash__": __hash__, "__repr__": __repr__, "_asdict": _asdict, "_replace": _replace,
                 "_fields": fields}
    cls = type(typename, (), namespace)
    return cls
""";
}
