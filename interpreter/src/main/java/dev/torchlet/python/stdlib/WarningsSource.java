package dev.torchlet.python.stdlib;

/**
 * {@code warnings}, written in Python: {@code warn} with CPython's actions (default, always,
 * ignore, error, once, module) chosen by {@code filterwarnings}/{@code simplefilter},
 * {@code catch_warnings(record=True)}, and CPython's message format on stderr
 * ({@code file:line: Category: message} then the source line). A filter's message and module
 * are matched as literal, case-insensitive prefixes (CPython takes regular expressions; Torchlet
 * has no {@code re} yet).
 */
final class WarningsSource {
    private WarningsSource() {
    }

    static final String SOURCE = """
_ACTIONS = ("default", "always", "ignore", "error", "once", "module")
filters = []
_shown = set()


class WarningMessage:
    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category is not None else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}"
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


def _check_action(action):
    assert action in _ACTIONS, "invalid action: %r" % (action,)


def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    _check_action(action)
    if not isinstance(message, str):
        raise TypeError("message must be a string")
    if not isinstance(lineno, int) or lineno < 0:
        raise ValueError("lineno must be an int >= 0")
    _add_filter((action, message.lower(), category, module.lower(), lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    _check_action(action)
    if not isinstance(lineno, int) or lineno < 0:
        raise ValueError("lineno must be an int >= 0")
    _add_filter((action, "", category, "", lineno), append)


def _add_filter(item, append):
    if item in filters:
        filters.remove(item)
    if append:
        filters.append(item)
    else:
        filters.insert(0, item)
    _shown.clear()


def resetwarnings():
    filters[:] = []
    _shown.clear()


def _action_for(text, category, module, lineno):
    for action, message, filter_category, filter_module, filter_lineno in filters:
        if (text.lower().startswith(message) and issubclass(category, filter_category)
                and module.lower().startswith(filter_module) and (filter_lineno == 0 or filter_lineno == lineno)):
            return action
    return "default"


def formatwarning(message, category, filename, lineno, line=None):
    text = "%s:%s: %s: %s\\n" % (filename, lineno, category.__name__, message)
    if line:
        text += "  %s\\n" % line.strip()
    return text


def _showwarnmsg(msg):
    _write_stderr(formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line))


def showwarning(message, category, filename, lineno, file=None, line=None):
    _showwarnmsg(WarningMessage(message, category, filename, lineno, file, line))


def warn(message, category=None, stacklevel=1, source=None):
    if isinstance(message, Warning):
        category = type(message)
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'" % type(category).__name__)
    filename, lineno, line = _location(stacklevel)
    warn_explicit(message, category, filename, lineno, "__main__", line=line)


def warn_explicit(message, category, filename, lineno, module=None, registry=None, module_globals=None, source=None,
                  line=None):
    if isinstance(message, Warning):
        text = str(message)
        category = type(message)
    else:
        text = str(message)
        message = category(message)
    module = module if module is not None else "__main__"
    action = _action_for(text, category, module, lineno)
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        key = (text, category)
    elif action == "module":
        key = (text, category, module)
    else:
        key = (text, category, filename, lineno)
    if action != "always":
        if key in _shown:
            return
        _shown.add(key)
    _showwarnmsg(WarningMessage(message, category, filename, lineno, None, line))


class catch_warnings:
    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._filter = None if action is None else (action, category, lineno, append)
        self._entered = False

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        global _showwarnmsg
        self._saved_filters = filters[:]
        self._saved_shown = set(_shown)
        self._saved_show = _showwarnmsg
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            _showwarnmsg = log.append
            return log
        return None

    def __exit__(self, *exc_info):
        global _showwarnmsg
        filters[:] = self._saved_filters
        _shown.clear()
        _shown.update(self._saved_shown)
        _showwarnmsg = self._saved_show
        return False
""";
}
