package dev.torchlet.python.stdlib;

/** {@code typing}, written in Python: the names annotations use, subscriptable, with no checking (as at run time in CPython). */
final class TypingSource {
    private TypingSource() {
    }

    static final String SOURCE = """
class _SpecialForm:
    def __init__(self, name, args=None):
        self._name = name
        self._args = args

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _SpecialForm(self._name, params)

    def __call__(self, *args, **kwargs):
        raise TypeError("Cannot instantiate typing." + self._name)

    def __repr__(self):
        if self._args is None:
            return "typing." + self._name
        names = []
        for a in self._args:
            names.append(a.__name__ if isinstance(a, type) else repr(a))
        return "typing." + self._name + "[" + ", ".join(names) + "]"


Any = _SpecialForm("Any")
Union = _SpecialForm("Union")
Optional = _SpecialForm("Optional")
List = _SpecialForm("List")
Dict = _SpecialForm("Dict")
Tuple = _SpecialForm("Tuple")
Set = _SpecialForm("Set")
FrozenSet = _SpecialForm("FrozenSet")
Callable = _SpecialForm("Callable")
Iterable = _SpecialForm("Iterable")
Iterator = _SpecialForm("Iterator")
Generator = _SpecialForm("Generator")
Sequence = _SpecialForm("Sequence")
Mapping = _SpecialForm("Mapping")
Type = _SpecialForm("Type")
Literal = _SpecialForm("Literal")
ClassVar = _SpecialForm("ClassVar")
Final = _SpecialForm("Final")
TYPE_CHECKING = False


def TypeVar(name, *constraints, bound=None):
    return _SpecialForm(name)


def cast(typ, value):
    return value


def overload(function):
    return function
""";
}
