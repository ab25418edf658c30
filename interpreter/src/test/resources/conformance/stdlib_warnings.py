import warnings


def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    return 1


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old_api()
    warnings.warn("plain")
    warnings.warn(RuntimeWarning("an instance"))
    for w in caught:
        print(w.category.__name__, str(w.message), w.lineno, type(w.message).__name__)
    print(len(caught))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("default")
    for _ in range(3):
        warnings.warn("once per place")
    warnings.warn("once per place")
    print("default shows each place once:", len(caught))

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("once")
    for _ in range(2):
        warnings.warn("same text")
    warnings.warn("same text")
    warnings.warn("other text")
    print("once:", [str(w.message) for w in caught])

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="noisy")
    warnings.filterwarnings("ignore", category=UserWarning, message="Also")
    warnings.warn("noisy thing")
    warnings.warn("also quiet")
    warnings.warn("kept", FutureWarning)
    print("filtered:", [str(w.message) for w in caught])

with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error", UserWarning)
    except UserWarning as e:
        print("raised:", repr(e))
    try:
        warnings.warn("runtime", RuntimeWarning)
    except RuntimeWarning as e:
        print("raised:", type(e).__name__, e)

warnings.filterwarnings("ignore")
warnings.warn("never shown")
print(issubclass(DeprecationWarning, Warning), issubclass(FutureWarning, Warning), issubclass(UserWarning, Exception))
try:
    warnings.simplefilter("loud")
except AssertionError as e:
    print("AssertionError:", e)
try:
    warnings.warn("x", int)
except TypeError as e:
    print("TypeError:", e)
print(warnings.formatwarning("msg", UserWarning, "prog.py", 3, "x = 1"), end="")
