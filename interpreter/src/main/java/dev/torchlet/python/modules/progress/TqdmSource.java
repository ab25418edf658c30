package dev.torchlet.python.modules.progress;

/**
 * {@code tqdm}, written in Python so that wrapping any iterable (a DataLoader, a generator) just
 * iterates it: {@code for x in tqdm(loader)}, {@code trange(n)}, {@code with tqdm(total=n) as bar:
 * bar.update()}, descriptions and postfixes. Each change of the bar goes to the host through
 * {@link ProgressNatives} — the page draws a progress bar, the command line a text bar on stderr.
 */
public final class TqdmSource {
    private TqdmSource() {
    }

    public static final String SOURCE = """
_next_id = [0]


class tqdm:
    def __init__(self, iterable=None, desc=None, total=None, leave=True, file=None, ncols=None, mininterval=0.1,
                 maxinterval=10.0, miniters=None, ascii=None, disable=False, unit='it', unit_scale=False,
                 dynamic_ncols=False, smoothing=0.3, bar_format=None, initial=0, position=None, postfix=None,
                 unit_divisor=1000, colour=None, delay=0):
        if total is None and iterable is not None:
            try:
                total = len(iterable)
            except (TypeError, AttributeError, NotImplementedError):
                total = None
        self.iterable = iterable
        self.desc = desc
        self.total = total
        self.n = initial
        self.unit = unit
        self.disable = disable
        self.leave = leave
        self.postfix = None
        self._closed = False
        self._last_shown = -1
        _next_id[0] += 1
        self._id = _next_id[0]
        if postfix is not None:
            self.set_postfix(postfix, refresh=False)
        self.refresh()

    def __iter__(self):
        if self.iterable is None:
            raise TypeError("'tqdm' object is not iterable")
        try:
            for item in self.iterable:
                yield item
                self.update(1)
        finally:
            self.close()

    def __len__(self):
        if self.total is None:
            raise TypeError("object of type 'tqdm' has no len()")
        return self.total

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        self.close()
        return False

    def update(self, n=1):
        self.n += n
        # Redraw when the bar moves by a whole percent (or every item when the total is unknown or small).
        if self.total is None or self.total <= 100 or self.n * 100 // self.total != self._last_shown * 100 // self.total:
            self.refresh()

    def refresh(self):
        if self.disable:
            return
        self._last_shown = self.n
        _show(self._id, self.n, self.total, self.desc, self.postfix, self.unit, self._closed, self.leave)

    def set_description(self, desc=None, refresh=True):
        self.desc = desc
        if refresh:
            self.refresh()

    def set_postfix(self, ordered_dict=None, refresh=True, **kwargs):
        items = dict(ordered_dict) if ordered_dict is not None else {}
        items.update(kwargs)
        parts = []
        for key, value in items.items():
            if isinstance(value, float):
                value = format(value, '.3g')
            parts.append(key + '=' + str(value))
        self.postfix = ', '.join(parts)
        if refresh:
            self.refresh()

    def set_postfix_str(self, s='', refresh=True):
        self.postfix = s
        if refresh:
            self.refresh()

    def close(self):
        if self._closed:
            return
        self._closed = True
        self.refresh()

    @staticmethod
    def write(s, file=None, end='\\n'):
        print(s, end=end)


def trange(*args, **kwargs):
    return tqdm(range(*args), **kwargs)
""";
}
